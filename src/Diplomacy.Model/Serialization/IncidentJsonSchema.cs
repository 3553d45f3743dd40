namespace Diplomacy.Model.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of the incident format, shipped in the assembly. It describes
/// incident and report documents and, under "$defs", each concept on its own.
/// </summary>
public static class IncidentJsonSchema
{
    private const string ResourceName = "Diplomacy.Model.Serialization.incident.schema.json";

    private static readonly Lazy<string> Content = new(Load);

    /// <summary>The schema's "$id".</summary>
    public const string Id = "https://diplomacy-model.invalid/schemas/incident/1.0/incident.schema.json";

    /// <summary>The schema, as JSON text.</summary>
    public static string Text => Content.Value;

    private static string Load()
    {
        using var stream = typeof(IncidentJsonSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded resource '{ResourceName}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
