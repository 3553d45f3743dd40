using System.Text;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>
/// A verbatim quotation, kept as segments so that an editor's insertions ("[North Korea]"), "[sic]"
/// and omissions stay distinguishable from the speaker's words, with the language the words were
/// spoken in and whether the quote is a translation.
/// </summary>
public sealed record Quotation : StatementText
{
    /// <summary>Creates a quotation.</summary>
    /// <param name="segments">The parts, in order; at least one must be the speaker's words.</param>
    /// <param name="rendering">Whether the words are the original or a translation.</param>
    /// <param name="originalLanguage">The language spoken (BCP 47), if known; required for a translation.</param>
    /// <exception cref="ArgumentException">No verbatim segment, or a translation without its original language.</exception>
    public Quotation(EquatableArray<QuoteSegment> segments, QuoteRendering rendering = QuoteRendering.Unknown, string? originalLanguage = null)
    {
        Preconditions.CheckArgument(segments.Any(s => s.Kind == QuoteSegmentKind.Verbatim), nameof(segments),
            "A quotation needs at least one segment of the speaker's words.");
        Segments = segments;
        Rendering = Preconditions.CheckDefined(rendering);
        Preconditions.CheckArgument(rendering != QuoteRendering.Translation || originalLanguage is not null, nameof(originalLanguage),
            "A translated quotation must say which language the words were spoken in.");
        OriginalLanguage = originalLanguage is null ? null : Preconditions.CheckLanguageTag(originalLanguage);
    }

    /// <summary>The parts, in order.</summary>
    public EquatableArray<QuoteSegment> Segments { get; }

    /// <summary>Whether the words are the original or a translation.</summary>
    public QuoteRendering Rendering { get; }

    /// <summary>The language spoken, or null.</summary>
    public string? OriginalLanguage { get; }

    /// <inheritdoc />
    public override string PrintedText => string.Concat(Segments.Select(s => s.Text));

    /// <summary>The speaker's words only, with editorial parts left out.</summary>
    public string SpeakerWords => string.Concat(Segments.Where(s => s.Kind == QuoteSegmentKind.Verbatim).Select(s => s.Text));

    /// <summary>
    /// Splits printed quotation text into segments: bracketed parts become editorial insertions,
    /// "[sic]" a sic mark, "…", "..." and "[…]" omissions; everything else is the speaker's words.
    /// </summary>
    /// <param name="printed">The quotation as printed, without the surrounding quotation marks.</param>
    /// <param name="rendering">Whether the words are the original or a translation.</param>
    /// <param name="originalLanguage">The language spoken, if known.</param>
    /// <exception cref="ArgumentException">The text is blank or has an unclosed bracket.</exception>
    public static Quotation Parse(string printed, QuoteRendering rendering = QuoteRendering.Unknown, string? originalLanguage = null)
    {
        Preconditions.CheckNotBlank(printed);
        var segments = new List<QuoteSegment>();
        var words = new StringBuilder();
        void FlushWords()
        {
            if (words.Length > 0)
            {
                segments.Add(new QuoteSegment(QuoteSegmentKind.Verbatim, words.ToString()));
                words.Clear();
            }
        }
        for (int i = 0; i < printed.Length;)
        {
            if (printed[i] == '[')
            {
                int close = printed.IndexOf(']', i + 1);
                Preconditions.CheckArgument(close > i, nameof(printed), $"Unclosed '[' at position {i} of the quotation.");
                string bracketed = printed[i..(close + 1)];
                string inner = bracketed[1..^1].Trim();
                FlushWords();
                var kind = inner.Equals("sic", StringComparison.OrdinalIgnoreCase) ? QuoteSegmentKind.Sic
                    : inner is "…" or "..." ? QuoteSegmentKind.Ellipsis
                    : QuoteSegmentKind.EditorialInsertion;
                segments.Add(new QuoteSegment(kind, bracketed));
                i = close + 1;
            }
            else if (printed[i] == '…' || string.CompareOrdinal(printed, i, "...", 0, 3) == 0)
            {
                int length = printed[i] == '…' ? 1 : 3;
                FlushWords();
                segments.Add(new QuoteSegment(QuoteSegmentKind.Ellipsis, printed.Substring(i, length)));
                i += length;
            }
            else
            {
                words.Append(printed[i]);
                i++;
            }
        }
        FlushWords();
        return new Quotation(segments.ToEquatableArray(), rendering, originalLanguage);
    }

    /// <summary>The printed text in quotation marks, with the rendering.</summary>
    public override string ToString() => $"\"{PrintedText}\" ({Rendering}{(OriginalLanguage is null ? "" : $", from {OriginalLanguage}")})";
}
