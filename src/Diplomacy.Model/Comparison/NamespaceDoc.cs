namespace Diplomacy.Model.Comparison;

/// <summary>
/// Comparing reports of one incident: aligning what they talk about (the claimant, named or not;
/// the place of refuge; each state's response; other events and relations) without relying on
/// equal ids, and classifying each aspect as agreeing, compatible (one more specific),
/// contradicting, unknown, or said by only one report, citing the attributions on both sides.
/// Merging them (<see cref="ReportMerger"/>) aligns the same way and builds one incident that holds
/// every source and every fact, contradictions kept side by side rather than resolved.
/// </summary>
internal static class NamespaceDoc
{
}
