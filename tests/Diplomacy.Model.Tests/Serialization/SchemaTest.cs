using System.Text.Json;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Tests.Serialization;

public class SchemaTest
{
    // NJsonSchema 11 resolves draft-04 style "#/definitions/…" references but not 2020-12 "#/$defs/…";
    // renaming the keyword gives it the same schema in the spelling it understands.
    internal static readonly NJsonSchema.JsonSchema Schema = NJsonSchema.JsonSchema.FromJsonAsync(
        IncidentJsonSchema.Text.Replace("$defs", "definitions", StringComparison.Ordinal)).GetAwaiter().GetResult();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void SerializerOutputIsValidAgainstTheSchema(int seed)
    {
        var incident = new IncidentGenerator(seed).Incident();
        var errors = Schema.Validate(IncidentJsonSerializer.Default.Serialize(incident));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        var report = new Diplomacy.Model.Incidents.Report(new IncidentGenerator(seed).Incident(singleSource: true));
        Assert.Empty(Schema.Validate(IncidentJsonSerializer.Default.Serialize(report)));
    }

    [Fact]
    public void TheHandWrittenSampleIsValidAgainstTheSchema() => Assert.Empty(Schema.Validate(Samples.Incident));

    [Fact]
    public void SchemaRejectsAnUnknownProperty() =>
        Assert.NotEmpty(Schema.Validate(Samples.Incident.Replace("\"title\":", "\"colour\": 1, \"title\":", StringComparison.Ordinal)));

    [Fact]
    public void EveryEnumValueOfTheModelIsInTheSchema()
    {
        using var schema = JsonDocument.Parse(IncidentJsonSchema.Text);
        var defs = schema.RootElement.GetProperty("$defs");
        foreach (var (type, names) in ModelEnums())
        {
            var listed = defs.GetProperty(type.Name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToArray();
            Assert.Equal(names, listed);
        }
    }

    [Fact]
    public void SchemaIsDraft202012AndEmbedded()
    {
        using var schema = JsonDocument.Parse(IncidentJsonSchema.Text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(IncidentJsonSchema.Id, schema.RootElement.GetProperty("$id").GetString());
    }

    /// <summary>
    /// Every enum the format carries, with its values' JSON names: every public enum of the library
    /// except those that are derived and never stored, so a new enum of the model is covered (or
    /// consciously excluded here) without anyone remembering to list it. Comparisons and plausibility
    /// findings are documents of the format too, so their enums are included.
    /// </summary>
    internal static IEnumerable<(Type Type, string[] Names)> ModelEnums()
    {
        Type[] notInTheFormat =
        [
            typeof(Diplomacy.Model.Missions.LegalBasis),            // derived from the mission kind, never stored
            typeof(Diplomacy.Model.Missions.PremisesInviolability), // derived from the mission kind, never stored
            typeof(Diplomacy.Model.Time.TimeComparison),            // a result of comparing times
        ];
        return typeof(Diplomacy.Model.Incidents.Incident).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && !notInTheFormat.Contains(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (t, Enum.GetNames(t).Select(JsonNamingPolicy.CamelCase.ConvertName).ToArray()));
    }

    /// <summary>The enums an incident carries: <see cref="ModelEnums"/> without those of results computed from incidents.</summary>
    internal static IEnumerable<(Type Type, string[] Names)> IncidentEnums() =>
        ModelEnums().Where(e => !ResultNamespaces.Contains(e.Type.Namespace));

    /// <summary>Namespaces whose types are results computed from incidents (written as documents of their own).</summary>
    internal static readonly string[] ResultNamespaces = ["Diplomacy.Model.Comparison", "Diplomacy.Model.Plausibility"];
}
