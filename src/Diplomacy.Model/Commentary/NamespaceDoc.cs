namespace Diplomacy.Model.Commentary;

/// <summary>Background, analysis, opinion and speculation in a source, kept apart from the facts.</summary>
internal static class NamespaceDoc
{
}
