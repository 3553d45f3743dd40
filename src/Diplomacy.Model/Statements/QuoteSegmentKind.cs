namespace Diplomacy.Model.Statements;

/// <summary>Whose words a part of a quotation is.</summary>
public enum QuoteSegmentKind
{
    /// <summary>The speaker's words (or their rendering, for a translation).</summary>
    Verbatim,

    /// <summary>An editor's insertion in square brackets ("[North Korea]").</summary>
    EditorialInsertion,

    /// <summary>An editor's "[sic]": the preceding words are reproduced as said.</summary>
    Sic,

    /// <summary>An omission marked by the editor ("…" or "[…]").</summary>
    Ellipsis,
}
