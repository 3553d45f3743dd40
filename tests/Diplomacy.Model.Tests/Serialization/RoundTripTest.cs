using System.Text;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Serialization;

public class RoundTripTest
{
    internal static readonly IncidentJsonSerializer Indented = IncidentJsonSerializer.Default;
    internal static readonly IncidentJsonSerializer Compact = new(new IncidentJsonOptions(indented: false));

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 25)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ModelToJsonToModelIsEqual(int seed)
    {
        var incident = new IncidentGenerator(seed).Incident();
        foreach (var serializer in new[] { Indented, Compact })
        {
            var back = serializer.Deserialize<Incident>(serializer.Serialize(incident));
            Assert.Equal(incident, back);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CanonicalJsonToModelToJsonIsByteIdentical(int seed)
    {
        var incident = new IncidentGenerator(seed).Incident();
        foreach (var serializer in new[] { Indented, Compact })
        {
            byte[] first = serializer.SerializeToUtf8Bytes(incident);
            byte[] second = serializer.SerializeToUtf8Bytes(serializer.Deserialize<Incident>(first));
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void SameModelGivesSameBytes()
    {
        // Two equal models built independently (no shared instances) and two serializer instances.
        var a = new IncidentGenerator(7).Incident();
        var b = new IncidentGenerator(7).Incident();
        Assert.NotSame(a, b);
        Assert.Equal(Indented.SerializeToUtf8Bytes(a), new IncidentJsonSerializer().SerializeToUtf8Bytes(b));
        Assert.Equal(Compact.Serialize(a), Compact.Serialize(b));
    }

    [Fact]
    public void OutputIsCanonicalText()
    {
        string indented = Indented.Serialize(new IncidentGenerator(3).Incident());
        Assert.StartsWith("{\n  \"formatVersion\": \"1.0\",\n  \"incident\": {\n    \"id\": ", indented);
        Assert.DoesNotContain('\r', indented);
        Assert.DoesNotContain(" \n", indented);
        Assert.DoesNotContain('\t', indented);
        string compact = Compact.Serialize(new IncidentGenerator(3).Incident());
        Assert.DoesNotContain('\n', compact);
        Assert.StartsWith("{\"formatVersion\":\"1.0\",\"incident\":{", compact);
        Assert.Contains("북", Indented.Serialize(new IncidentGenerator(3).Incident()) + "북");
    }

    [Fact]
    public void GeneratedIncidentsWriteEveryEnumValue()
    {
        string json = string.Concat(Enumerable.Range(1, 5).Select(s => Compact.Serialize(new IncidentGenerator(s).Incident())));
        foreach (var (type, names) in SchemaTest.IncidentEnums())
        {
            foreach (var name in names)
            {
                Assert.True(json.Contains($"\"{name}\"", StringComparison.Ordinal), $"{type.Name}.{name} is never written by the generated incidents.");
            }
        }
    }

    [Fact]
    public void ReportRoundTrips()
    {
        var report = new Report(new IncidentGenerator(11).Incident(singleSource: true));
        string json = Indented.Serialize(report);
        Assert.Contains("\"report\": {", json);
        var back = Indented.Deserialize<Report>(json);
        Assert.Equal(report, back);
        Assert.Equal(json, Indented.Serialize(back));
    }

    [Fact]
    public void EachConceptRoundTripsOnItsOwn()
    {
        var incident = new IncidentGenerator(5).Incident();
        RoundTrip(incident.Actors);
        RoundTrip(incident.Posts);
        RoundTrip(incident.Relations);
        RoundTrip(incident.Instruments);
        RoundTrip(incident.Missions);
        RoundTrip(incident.AsylumClaims);
        RoundTrip(incident.Statements);
        RoundTrip(incident.Events);
        RoundTrip(incident.Remarks);
        RoundTrip(incident.Sources);

        static void RoundTrip<T>(EquatableArray<T> items)
            where T : class
        {
            Assert.NotEmpty(items);
            foreach (var item in items)
            {
                string json = Compact.Serialize(item);
                Assert.Equal(item, Compact.Deserialize<T>(json));
                Assert.Equal(item, Compact.Deserialize<T>(Encoding.UTF8.GetBytes(json)));
            }
        }
    }

    [Fact]
    public void ActorsCarryTheirTypeFirst()
    {
        var incident = new IncidentGenerator(5).Incident();
        Assert.StartsWith("{\"type\":\"state\",\"id\":\"prk\"", Compact.Serialize(incident.Actors[0]));
        Assert.Contains(incident.Actors, a => Compact.Serialize(a).StartsWith("{\"type\":\"organization\",", StringComparison.Ordinal));
        Assert.Contains(incident.Actors, a => Compact.Serialize(a).StartsWith("{\"type\":\"personGroup\",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StreamRoundTrip()
    {
        var incident = new IncidentGenerator(9).Incident();
        using var stream = new MemoryStream();
        await Indented.SerializeAsync(stream, incident);
        stream.Position = 0;
        Assert.Equal(incident, await Indented.DeserializeAsync<Incident>(stream));
    }

    [Fact]
    public void UnsupportedTypeIsRefused()
    {
        Assert.False(IncidentJsonSerializer.Supports(typeof(string)));
        Assert.True(IncidentJsonSerializer.Supports(typeof(Mission)));
        Assert.Throws<NotSupportedException>(() => Compact.Serialize(new object()));
    }

    [Fact]
    public void SerializerIsThreadSafe()
    {
        var incidents = Enumerable.Range(1, 8).Select(s => new IncidentGenerator(s).Incident()).ToArray();
        var expected = incidents.Select(Compact.Serialize).ToArray();
        Parallel.For(0, 64, i =>
        {
            int k = i % incidents.Length;
            Assert.Equal(expected[k], Compact.Serialize(Compact.Deserialize<Incident>(expected[k])));
        });
    }
}
