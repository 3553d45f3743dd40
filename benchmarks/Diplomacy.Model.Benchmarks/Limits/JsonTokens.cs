using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Diplomacy.Model.Benchmarks.Limits;

/// <summary>
/// The limit for reading and writing: System.Text.Json's tokenizer over the same bytes, and its
/// writer writing the same tokens. Any serializer built on them does at least this much work.
/// </summary>
internal static class JsonTokens
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        SkipValidation = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads every token of one document and does nothing with it; returns the token count.</summary>
    internal static int Tokenize(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        int count = 0;
        while (reader.Read())
        {
            count++;
        }
        return count;
    }

    /// <summary>The tokens of a document, with string values unescaped, as the writer needs them.</summary>
    internal static Token[] Record(ReadOnlySpan<byte> utf8)
    {
        var tokens = new List<Token>();
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            byte[]? value = reader.TokenType switch
            {
                JsonTokenType.PropertyName or JsonTokenType.String =>
                    reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan.ToArray(),
                JsonTokenType.Number => reader.ValueSpan.ToArray(),
                _ => null,
            };
            tokens.Add(new Token(reader.TokenType, value));
        }
        return [.. tokens];
    }

    /// <summary>Writes the tokens with a reused writer into a reused buffer; returns the bytes written.</summary>
    internal static int Write(Token[] tokens, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case JsonTokenType.StartObject: writer.WriteStartObject(); break;
                case JsonTokenType.EndObject: writer.WriteEndObject(); break;
                case JsonTokenType.StartArray: writer.WriteStartArray(); break;
                case JsonTokenType.EndArray: writer.WriteEndArray(); break;
                case JsonTokenType.PropertyName: writer.WritePropertyName(token.Value); break;
                case JsonTokenType.String: writer.WriteStringValue(token.Value); break;
                case JsonTokenType.Number: writer.WriteRawValue(token.Value, skipInputValidation: true); break;
                case JsonTokenType.True: writer.WriteBooleanValue(true); break;
                case JsonTokenType.False: writer.WriteBooleanValue(false); break;
                case JsonTokenType.Null: writer.WriteNullValue(); break;
            }
        }
        writer.Flush();
        return buffer.WrittenCount;
    }

    internal static Utf8JsonWriter CreateWriter(ArrayBufferWriter<byte> buffer) => new(buffer, WriterOptions);

    internal readonly record struct Token(JsonTokenType Type, byte[]? Value);
}
