namespace Diplomacy.Model.Missions;

/// <summary>
/// Missions (embassies, consular sections, consulates, honorary consulates, trade and liaison
/// offices…) and the legal regime of their premises, derived from their kind: VCDR Art. 22,
/// VCCR Art. 31, VCCR Art. 59, or nothing but what an agreement grants.
/// </summary>
internal static class NamespaceDoc
{
}
