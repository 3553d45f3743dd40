namespace Diplomacy.Model.Utility;

/// <summary>Internal argument checks shared by the whole library.</summary>
internal static class NamespaceDoc
{
}
