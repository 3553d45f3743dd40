using System.Text.Json;

namespace Diplomacy.Model.Serialization;

/// <summary>
/// Finds where a value named by a JSON path ("$.incident.statements[2].speaker") sits in a document,
/// so that a rule broken by a well-formed document can be reported with its line and position.
/// </summary>
internal static class JsonLocator
{
    /// <summary>The 1-based line and position of the value at the path, or of its deepest existing ancestor.</summary>
    internal static (long Line, long Position)? Locate(ReadOnlySpan<byte> json, string path, int maxDepth)
    {
        try
        {
            var segments = Parse(path);
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read())
            {
                return null;
            }
            long found = reader.TokenStartIndex;
            for (int s = 0; s < segments.Count; s++)
            {
                if (!Step(ref reader, segments[s]))
                {
                    break;
                }
                found = reader.TokenStartIndex;
            }
            return LineAndPosition(json, found);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The value of a top-level string property, without reading the rest of the document; null when absent or unreadable.</summary>
    internal static string? TopLevelString(ReadOnlySpan<byte> json, string name, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            return Step(ref reader, name) && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal static (long Line, long Position) LineAndPosition(ReadOnlySpan<byte> json, long index)
    {
        var before = json[..(int)Math.Min(index, json.Length)];
        int lastNewline = before.LastIndexOf((byte)'\n');
        long line = 1 + before.Count((byte)'\n');
        return (line, before.Length - lastNewline);
    }

    // Moves from the start of an object or array to the start of the named member or indexed element.
    private static bool Step(ref Utf8JsonReader reader, object segment)
    {
        if (segment is string name && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool match = reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    return true;
                }
                reader.Skip();
            }
            return false;
        }
        if (segment is int index && reader.TokenType == JsonTokenType.StartArray)
        {
            for (int i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
            {
                if (i == index)
                {
                    return true;
                }
                reader.Skip();
            }
        }
        return false;
    }

    private static List<object> Parse(string path)
    {
        var segments = new List<object>();
        int i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[')
            {
                int end = path.IndexOf(']', i);
                string inner = path[(i + 1)..end];
                segments.Add(int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : inner.Trim('\''));
                i = end + 1;
            }
            else
            {
                break;
            }
        }
        return segments;
    }
}
