namespace Diplomacy.Model.Interop;

/// <summary>
/// Event-data interop with the tools political scientists already run: export of statements,
/// events and asylum steps as PLOVER records (JSON lines) and as CAMEO-coded rows with Goldstein
/// values (tab-separated), and streaming import of GDELT 2.0 event export rows as coded events
/// whose source is the article they cite.
/// </summary>
internal static class NamespaceDoc
{
}
