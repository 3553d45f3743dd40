using System.Text;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Sources;

/// <summary>
/// A stretch of a source's text, given both by position and by its exact words, as W3C Web
/// Annotation's TextPositionSelector and TextQuoteSelector do together: if the text shifts, the
/// quote no longer matches at the offsets and the mismatch is detected instead of silently
/// pointing at other words.
/// </summary>
/// <remarks>
/// Offsets count Unicode code points (not UTF-16 units), as the W3C selectors do, so tools in any
/// language compute the same numbers. <see cref="Start"/> is zero-based; the end is exclusive.
/// </remarks>
[Immutable]
public sealed record TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The zero-based code-point offset of the first character.</param>
    /// <param name="quote">The exact text at that offset; its code-point length is the span's length.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="quote"/> is empty or blank.</exception>
    public TextSpan(int start, string quote)
    {
        Start = Preconditions.CheckArgumentRange(start, 0, int.MaxValue);
        Quote = Preconditions.CheckNotBlank(quote);
        Length = CodePoints.Count(quote);
    }

    /// <summary>The zero-based code-point offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The number of code points in the span (derived from <see cref="Quote"/>).</summary>
    public int Length { get; }

    /// <summary>The code-point offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The exact quoted text.</summary>
    public string Quote { get; }

    /// <summary>Whether the text at this span's offsets in <paramref name="sourceText"/> is exactly <see cref="Quote"/>.</summary>
    /// <param name="sourceText">The full text of the source.</param>
    public bool MatchesIn(string sourceText) => TryLocate(sourceText, out var start, out var length)
        && string.CompareOrdinal(sourceText, start, Quote, 0, length) == 0 && Quote.Length == length;

    /// <summary>Finds the UTF-16 range of this span in <paramref name="sourceText"/>.</summary>
    /// <param name="sourceText">The full text of the source.</param>
    /// <param name="utf16Start">The UTF-16 index of the first character.</param>
    /// <param name="utf16Length">The UTF-16 length of the span.</param>
    /// <returns>False when the text is too short for the span.</returns>
    public bool TryLocate(string sourceText, out int utf16Start, out int utf16Length)
    {
        Preconditions.CheckNotNull(sourceText);
        utf16Start = CodePoints.ToUtf16Index(sourceText, Start);
        int end = utf16Start < 0 ? -1 : CodePoints.ToUtf16Index(sourceText, End);
        utf16Length = end < 0 ? 0 : end - utf16Start;
        return end >= 0;
    }

    /// <summary>Creates the span of the first occurrence of <paramref name="quote"/> in <paramref name="sourceText"/>.</summary>
    /// <param name="sourceText">The full text of the source.</param>
    /// <param name="quote">The exact words to find.</param>
    /// <param name="occurrence">Which occurrence to take, 1 for the first.</param>
    /// <exception cref="ArgumentException">The quote does not occur that often in the text.</exception>
    public static TextSpan Find(string sourceText, string quote, int occurrence = 1)
    {
        Preconditions.CheckNotNull(sourceText);
        Preconditions.CheckNotBlank(quote);
        Preconditions.CheckArgumentRange(occurrence, 1, int.MaxValue);
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = sourceText.IndexOf(quote, index + 1, StringComparison.Ordinal);
            Preconditions.CheckArgument(index >= 0, nameof(quote),
                $"\"{quote}\" occurs fewer than {occurrence} time(s) in the source text.");
        }
        return new TextSpan(CodePoints.Count(sourceText.AsSpan(0, index)), quote);
    }

    /// <summary>The offsets and the quote, for example <c>[120..135) "late last week"</c>.</summary>
    public override string ToString() => $"[{Start}..{End}) \"{Quote}\"";

    private static class CodePoints
    {
        internal static int Count(ReadOnlySpan<char> text)
        {
            int count = 0;
            foreach (var _ in text.EnumerateRunes())
            {
                count++;
            }
            return count;
        }

        // Returns -1 when the text has fewer than codePointIndex code points.
        internal static int ToUtf16Index(string text, int codePointIndex)
        {
            int utf16 = 0;
            for (int seen = 0; seen < codePointIndex; seen++)
            {
                if (utf16 >= text.Length)
                {
                    return -1;
                }
                utf16 += Rune.DecodeFromUtf16(text.AsSpan(utf16), out _, out int consumed) == System.Buffers.OperationStatus.Done ? consumed : 1;
            }
            return utf16 <= text.Length ? utf16 : -1;
        }
    }
}
