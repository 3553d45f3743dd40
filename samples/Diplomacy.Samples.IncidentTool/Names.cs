using System.Text.Json;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>Enum values as the format writes them (camelCase), so what the tool prints matches the JSON.</summary>
internal static class Names
{
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
