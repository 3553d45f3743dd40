namespace Diplomacy.Model.Relations;

/// <summary>Relations between states: alliance, diplomatic relations or their absence, recognition.</summary>
internal static class NamespaceDoc
{
}
