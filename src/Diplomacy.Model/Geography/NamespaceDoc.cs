namespace Diplomacy.Model.Geography;

/// <summary>Places: locations on a state's territory and coordinates.</summary>
internal static class NamespaceDoc
{
}
