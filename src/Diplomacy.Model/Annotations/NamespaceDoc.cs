namespace Diplomacy.Model.Annotations;

/// <summary>Internal attributes that state (and let tests check) design promises such as immutability.</summary>
internal static class NamespaceDoc
{
}
