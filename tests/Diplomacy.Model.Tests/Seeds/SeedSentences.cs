namespace Diplomacy.Model.Tests.Seeds;

/// <summary>The sentence splitter the seed tests measure coverage with.</summary>
internal static class SeedSentences
{
    /// <summary>
    /// Splits text into sentences with their UTF-16 start: at line breaks (so the headline is one
    /// sentence), and after '.', '?' or '!' — and any closing quote — followed by a space.
    /// </summary>
    public static IEnumerable<(int Start, string Text)> Split(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            bool lineEnd = i == text.Length || text[i] == '\n';
            int end = -1;
            if (lineEnd)
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
            var piece = text[start..end];
            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                yield return (start + piece.IndexOf(trimmed, StringComparison.Ordinal), trimmed);
            }
            start = end;
        }
    }
}
