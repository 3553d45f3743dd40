namespace Diplomacy.Model.Sources;

/// <summary>
/// Sources (the documents facts are read from) and attributions: the exact words of a source that
/// state a fact, the basis the source gives for it, and an optional Admiralty grade.
/// </summary>
internal static class NamespaceDoc
{
}
