using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Model.Serialization.Contract;

/// <summary>
/// Enum values as camelCase strings, exactly as listed in the schema: no integers, no other casing,
/// no comma-separated flags (the built-in string converter accepts all three).
/// </summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<string, TEnum> byName;
    private readonly FrozenDictionary<TEnum, JsonEncodedText> nameOf;

    public StrictEnumConverter()
    {
        var values = Enum.GetValues<TEnum>();
        nameOf = values.ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(NameOf(v)));
        byName = values.ToFrozenDictionary(NameOf, v => v, StringComparer.Ordinal);
    }

    internal static string NameOf(TEnum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    internal IEnumerable<string> Names => byName.Keys;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(TEnum).Name} as a string, one of: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))}; got {Describe(reader.TokenType)}.");
        }
        string text = reader.GetString()!;
        return byName.TryGetValue(text, out var value)
            ? value
            : throw new JsonException($"'{Shorten(text)}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        if (!nameOf.TryGetValue(value, out var name))
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name}.");
        }
        writer.WriteStringValue(name);
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };

    internal static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}

/// <summary>A calendar day as ISO-8601 "yyyy-MM-dd" (NodaTime's ISO pattern), and nothing else.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date as an ISO-8601 string (yyyy-MM-dd); got {StrictEnumConverter<DayOfWeek>.Describe(reader.TokenType)}.");
        }
        string text = reader.GetString()!;
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{StrictEnumConverter<DayOfWeek>.Shorten(text)}' is not an ISO-8601 date (yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>An instant as ISO-8601 UTC text ("2016-10-10T08:30:00Z", fractions of a second only when present).</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an instant as an ISO-8601 UTC string (such as 2016-10-10T08:30:00Z); got {StrictEnumConverter<DayOfWeek>.Describe(reader.TokenType)}.");
        }
        string text = reader.GetString()!;
        var result = InstantPattern.ExtendedIso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"'{StrictEnumConverter<DayOfWeek>.Shorten(text)}' is not an ISO-8601 UTC instant (such as 2016-10-10T08:30:00Z).");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
