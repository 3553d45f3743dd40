namespace Diplomacy.Model.Incidents;

/// <summary>
/// Incidents (everything known of one diplomatic incident, with references checked) and reports
/// (one source's account of it).
/// </summary>
internal static class NamespaceDoc
{
}
