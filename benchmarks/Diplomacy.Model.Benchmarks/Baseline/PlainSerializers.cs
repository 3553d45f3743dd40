using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Diplomacy.Model.Benchmarks.Baseline;

/// <summary>The settings a user would pick for the plain classes: camelCase, enums as camelCase strings, nulls left out.</summary>
internal static class PlainSerializers
{
    internal static JsonSerializerOptions SystemTextJson { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Reflection-based: no source-generated context.
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    internal static global::Newtonsoft.Json.JsonSerializer NewtonsoftJson { get; } = global::Newtonsoft.Json.JsonSerializer.Create(new global::Newtonsoft.Json.JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
        // Keep "2016-10-10" a string rather than guessing it is a DateTime.
        DateParseHandling = global::Newtonsoft.Json.DateParseHandling.None,
    });

    internal static T NewtonsoftRead<T>(byte[] utf8)
    {
        using var stream = new MemoryStream(utf8, writable: false);
        using var text = new StreamReader(stream, Encoding.UTF8);
        using var json = new global::Newtonsoft.Json.JsonTextReader(text);
        return NewtonsoftJson.Deserialize<T>(json)!;
    }

    internal static byte[] NewtonsoftWrite<T>(T value)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 16 * 1024, leaveOpen: true))
        using (var json = new global::Newtonsoft.Json.JsonTextWriter(text))
        {
            NewtonsoftJson.Serialize(json, value);
        }
        return stream.ToArray();
    }
}
