namespace Diplomacy.Model.Seeds;

/// <summary>
/// Seed reports: source texts shipped with their annotation (the report each one is modelled as),
/// loaded from files or from the copies embedded in the assembly, and verified against the text —
/// the content hash, and every attribution's offsets and quoted words — before they are handed out.
/// Also the sentence coverage of an annotation: which sentences of the text no fact is attributed to.
/// </summary>
internal static class NamespaceDoc
{
}
