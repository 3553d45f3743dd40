namespace Diplomacy.Model.Comparison;

/// <summary>
/// Comparing reports of one incident: aligning what they talk about (the claimant, named or not;
/// the place of refuge; each state's response; other events and relations) without relying on
/// equal ids, and classifying each aspect as agreeing, compatible (one more specific),
/// contradicting, unknown, or said by only one report, citing the attributions on both sides.
/// </summary>
internal static class NamespaceDoc
{
}
