using System.Globalization;
using System.Text;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Seeds;

/// <summary>
/// How completely an annotation accounts for its source text: the text split into sentences, and
/// which of them at least one attribution's span overlaps. A sentence no span touches is material
/// the model has not said anything about — not even that it is background or opinion.
/// </summary>
/// <remarks>
/// Sentences are given as <see cref="TextSpan"/>s, with code-point offsets like attributions, so a
/// sentence can be quoted and compared with spans directly. The split is deliberately simple
/// (see <see cref="SplitIntoSentences"/>); it is a measure of annotation work, not a linguistic tool.
/// </remarks>
[Immutable]
public sealed record SentenceCoverage
{
    private SentenceCoverage(EquatableArray<TextSpan> covered, EquatableArray<TextSpan> uncovered)
    {
        Covered = covered;
        Uncovered = uncovered;
    }

    /// <summary>The sentences at least one attribution's span overlaps, in text order.</summary>
    public EquatableArray<TextSpan> Covered { get; }

    /// <summary>The sentences no attribution's span overlaps, in text order.</summary>
    public EquatableArray<TextSpan> Uncovered { get; }

    /// <summary>The number of sentences in the text.</summary>
    public int Total => Covered.Count + Uncovered.Count;

    /// <summary>The share of sentences covered, from 0 to 1; 1 for a text without sentences (nothing is left unaccounted for).</summary>
    public double Ratio => Total == 0 ? 1.0 : (double)Covered.Count / Total;

    /// <summary>Whether every sentence is covered.</summary>
    public bool IsComplete => Uncovered.IsEmpty;

    /// <summary>
    /// Measures how the attributions of <paramref name="report"/> cover <paramref name="text"/>.
    /// Only attributions to the report's source whose offsets still point at their quoted words
    /// count: a span that does not match the text covers nothing.
    /// </summary>
    /// <param name="text">The report's source text.</param>
    /// <param name="report">The report annotating it.</param>
    public static SentenceCoverage Measure(string text, Report report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var source = report.Source.Id;
        var spans = report.Account.EnumerateAttributions()
            .Select(pair => pair.Attribution)
            .Where(a => a.Source == source && a.Span.MatchesIn(text))
            .Select(a => a.Span);
        return Measure(text, spans);
    }

    /// <summary>Measures how <paramref name="spans"/> cover the sentences of <paramref name="text"/>.</summary>
    /// <param name="text">The source text.</param>
    /// <param name="spans">Spans of the text (their quotes are not checked here).</param>
    public static SentenceCoverage Measure(string text, IEnumerable<TextSpan> spans)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(spans);
        var ranges = spans.Select(s => (s.Start, s.End)).ToList();
        var covered = new List<TextSpan>();
        var uncovered = new List<TextSpan>();
        foreach (var sentence in SplitIntoSentences(text))
        {
            bool touched = ranges.Exists(r => r.Start < sentence.End && sentence.Start < r.End);
            (touched ? covered : uncovered).Add(sentence);
        }
        return new SentenceCoverage(covered.ToEquatableArray(), uncovered.ToEquatableArray());
    }

    /// <summary>
    /// Splits a text into sentences: each line is split apart (so a headline is one sentence), and
    /// a sentence ends after '.', '?' or '!' — with any closing quotation mark after it — when a
    /// space, a line break or the end of the text follows. Surrounding white space is not part of a
    /// sentence, and blank pieces are dropped.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The sentences in order, with code-point offsets into <paramref name="text"/>.</returns>
    public static EquatableArray<TextSpan> SplitIntoSentences(string text)
    {
        Preconditions.CheckNotNull(text);
        var sentences = new List<TextSpan>();
        var offsets = new CodePointCounter(text);
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            int end = -1;
            if (i == text.Length || text[i] == '\n')
            {
                end = i;
            }
            else if (text[i] is '.' or '?' or '!')
            {
                int after = i + 1;
                while (after < text.Length && text[after] is '"' or '\u201D')
                {
                    after++;
                }
                if (after == text.Length || text[after] is ' ' or '\n')
                {
                    end = after;
                    i = after - 1;
                }
            }
            if (end < 0)
            {
                continue;
            }
            var piece = text.AsSpan(start, end - start);
            var trimmed = piece.Trim();
            if (!trimmed.IsEmpty)
            {
                int utf16Start = start + (piece.Length - piece.TrimStart().Length);
                sentences.Add(new TextSpan(offsets.At(utf16Start), trimmed.ToString()));
            }
            start = end;
        }
        return sentences.ToEquatableArray();
    }

    /// <summary>The covered and total counts, for example <c>15/16 sentences covered</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Covered.Count}/{Total} sentences covered");

    // Converts increasing UTF-16 indexes to code-point offsets in one pass over the text.
    private sealed class CodePointCounter(string text)
    {
        private int utf16;
        private int codePoints;

        internal int At(int utf16Index)
        {
            while (utf16 < utf16Index)
            {
                Rune.DecodeFromUtf16(text.AsSpan(utf16), out _, out int consumed);
                utf16 += Math.Max(consumed, 1);
                codePoints++;
            }
            return codePoints;
        }
    }
}
