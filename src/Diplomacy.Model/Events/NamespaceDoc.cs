namespace Diplomacy.Model.Events;

/// <summary>Other events of an incident: planned visits, negotiations, defections, with their status.</summary>
internal static class NamespaceDoc
{
}
