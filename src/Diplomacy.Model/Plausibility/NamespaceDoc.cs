namespace Diplomacy.Model.Plausibility;

/// <summary>
/// Plausibility findings: claims in an incident that clash with the legal facts of missions and
/// asylum (refuge in a mission of the very state fled; a trade office treated as inviolable; an
/// embassy between states without diplomatic relations). They are separate from contradictions
/// between reports: a single report can be implausible on its own.
/// </summary>
internal static class NamespaceDoc
{
}
