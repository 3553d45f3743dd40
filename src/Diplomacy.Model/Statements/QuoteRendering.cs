namespace Diplomacy.Model.Statements;

/// <summary>
/// Whether a quotation gives the speaker's own words or a translation. Two reports can quote the
/// same remarks in different English words; for translations that is not a contradiction.
/// </summary>
public enum QuoteRendering
{
    /// <summary>The words as spoken, in their language.</summary>
    Original,

    /// <summary>A translation of the words spoken in <see cref="Quotation.OriginalLanguage"/>.</summary>
    Translation,

    /// <summary>The source does not say.</summary>
    Unknown,
}
