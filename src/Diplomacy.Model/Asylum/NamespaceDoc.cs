namespace Diplomacy.Model.Asylum;

/// <summary>
/// Asylum claims: diplomatic asylum (refuge in a mission), territorial asylum and refugee status;
/// the place of refuge; a dated history whose steps must follow one another sensibly; and the
/// people put at risk.
/// </summary>
internal static class NamespaceDoc
{
}
