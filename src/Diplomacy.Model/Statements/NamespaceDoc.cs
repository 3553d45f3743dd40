namespace Diplomacy.Model.Statements;

/// <summary>
/// Statements: who speaks for which state, to whom, when and where, the stances taken, the words
/// (quotations with editorial insertions kept distinct, or paraphrases, with their original
/// language), the legal instruments invoked and optional CAMEO/PLOVER coding.
/// </summary>
internal static class NamespaceDoc
{
}
