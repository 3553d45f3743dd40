namespace Diplomacy.Model.Serialization;

/// <summary>
/// The incident JSON format (see docs/format.md and the shipped JSON Schema): a versioned,
/// strict, deterministic reading and writing of incidents, reports and each concept on its own,
/// newline-delimited streams of them, and files saved atomically.
/// </summary>
internal static class NamespaceDoc
{
}
