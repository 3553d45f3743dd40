using System.Text;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Model.Tests.Serialization;

public class BadInputTest
{
    private static readonly IncidentJsonSerializer Serializer = IncidentJsonSerializer.Default;

    /// <summary>A bad document: its name, its text, and a substring the error's JSON path must contain.</summary>
    public sealed record Case(string Name, string Json, string Path, IncidentJsonOptions? Options = null)
    {
        public override string ToString() => Name;
    }

    private static Case Edit(string name, string find, string replace, string path, IncidentJsonOptions? options = null)
    {
        Assert.Contains(find, Samples.Incident);
        return new(name, Samples.Incident.Replace(find, replace, StringComparison.Ordinal), path, options);
    }

    public static TheoryData<Case> Cases => new(
    [
        // Unknown or missing members.
        Edit("unknown property on the incident", "\"title\":", "\"colour\": 1, \"title\":", "$.incident.colour"),
        Edit("unknown property on an actor", "\"name\": \"China\"", "\"name\": \"China\", \"flag\": \"red\"", "$.incident.actors[2].flag"),
        Edit("member of another actor type", "\"name\": \"North Korea\"", "\"name\": \"North Korea\", \"isAnonymous\": true", "$.incident.actors[0].isAnonymous"),
        Edit("missing required title", "\"title\": \"North Korean official takes refuge in a South Korean mission\",", "", "$.incident"),
        Edit("missing formatVersion", "\"formatVersion\": \"1.0\",", "", "$"),
        Edit("missing required stances", "\"stances\": [ \"urgesResolution\" ],", "", "$.incident.statements[0]"),
        // Wrong types and nulls.
        Edit("number for a string", "\"title\": \"North Korean", "\"title\": 5, \"x\": \"", "$.incident.title"),
        Edit("number for an id", "\"id\": \"beijing-refuge-2016\"", "\"id\": 2016", "$.incident.id"),
        Edit("string for a list", "\"stances\": [ \"urgesResolution\" ]", "\"stances\": \"urgesResolution\"", "$.incident.statements[0].stances"),
        Edit("string for a number", "\"latitude\": 39.9042", "\"latitude\": \"39.9042\"", "$.incident.missions[0].coordinates.latitude"),
        Edit("null title", "\"title\": \"North Korean official takes refuge in a South Korean mission\"", "\"title\": null", "$.incident.title"),
        Edit("null in a list", "\"actors\": [", "\"actors\": [ null,", "$.incident.actors[0]"),
        Edit("null for a required object", "\"speaker\": { \"actor\": \"spokesperson\", \"post\": \"post-spokesperson\" }", "\"speaker\": null", "$.incident.statements[0].speaker"),
        // Enums.
        Edit("unknown enum value", "\"kind\": \"tradeMission\"", "\"kind\": \"castle\"", "$.incident.missions[0].kind"),
        Edit("integer for an enum", "\"kind\": \"tradeMission\"", "\"kind\": 12", "$.incident.missions[0].kind"),
        Edit("PascalCase enum value", "\"kind\": \"tradeMission\"", "\"kind\": \"TradeMission\"", "$.incident.missions[0].kind"),
        Edit("comma-separated enum values", "\"kind\": \"tradeMission\"", "\"kind\": \"tradeMission, embassy\"", "$.incident.missions[0].kind"),
        // Discriminators.
        Edit("unknown discriminator", "\"type\": \"state\", \"id\": \"chn\"", "\"type\": \"planet\", \"id\": \"chn\"", "$.incident.actors[2]"),
        Edit("missing discriminator", "{ \"type\": \"state\", \"id\": \"chn\",", "{ \"id\": \"chn\",", "$.incident.actors[2]"),
        Edit("discriminator of the wrong family", "\"type\": \"mission\", \"mission\"", "\"type\": \"quotation\", \"mission\"", "$.incident.asylumClaims[0].refuge"),
        // References and ids.
        Edit("dangling reference", "\"actor\": \"spokesperson\"", "\"actor\": \"nobody\"", "$.incident.statements[0].speaker.actor"),
        Edit("reference to the wrong kind of actor", "\"sendingState\": \"kor\"", "\"sendingState\": \"ri\"", "$.incident.missions[0].sendingState"),
        Edit("post held by someone else", "\"holder\": \"spokesperson\"", "\"holder\": \"ri\"", "$.incident.statements[0].speaker.post"),
        Edit("dangling source in an attribution", "\"source\": \"src-000\"", "\"source\": \"src-999\"", "$.incident.missions[0].provenance.attributions[0].source"),
        Edit("duplicate id", "\"id\": \"spokesperson\"", "\"id\": \"chn\"", "$.incident.actors[5].id"),
        Edit("badly shaped id", "\"id\": \"claim-ri\"", "\"id\": \"claim ri\"", "$.incident.asylumClaims[0].id"),
        Edit("unassigned country code", "\"code\": \"CHN\"", "\"code\": \"ABC\"", "$.incident.actors[2].code"),
        Edit("bad content hash", "\"contentHash\": \"sha256:4a", "\"contentHash\": \"md5:4a", "$.incident.sources[0].contentHash"),
        // Model invariants.
        Edit("asylum history out of order", "{ \"status\": \"asylumRequested\"", "{ \"status\": \"granted\"", "$.incident.asylumClaims[0].history"),
        Edit("claimant asks the state fled", "\"stateAsked\": \"kor\"", "\"stateAsked\": \"prk\"", "$.incident.asylumClaims[0].stateAsked"),
        Edit("translation without original language", "\"originalLanguage\": \"zh\"", "\"originalLanguage\": null", "$.incident.statements[0].text.originalLanguage"),
        Edit("latitude out of range", "\"latitude\": 39.9042", "\"latitude\": 99.5", "$.incident.missions[0].coordinates.latitude"),
        Edit("interval ending before it starts", "\"end\": \"2016-12-31\"", "\"end\": \"2015-12-31\"", "$.incident.posts[0].validity.end"),
        Edit("duplicate stance", "\"stances\": [ \"urgesResolution\" ]", "\"stances\": [ \"urgesResolution\", \"urgesResolution\" ]", "$.incident.statements[0].stances"),
        Edit("provenance both cited and asserted", "\"provenance\": { \"analystRationale\": \"public record\" }", "\"provenance\": { \"analystRationale\": \"x\", \"attributions\": [ { \"source\": \"src-000\", \"span\": { \"start\": 1, \"quote\": \"q\" }, \"basis\": \"opinion\" } ] }", "$.incident.posts[0].provenance"),
        Edit("provenance with neither", "\"provenance\": { \"analystRationale\": \"public record\" }", "\"provenance\": { }", "$.incident.posts[0].provenance"),
        Edit("blank title", "\"title\": \"North Korean official takes refuge in a South Korean mission\"", "\"title\": \"   \"", "$.incident.title"),
        Edit("permanent mission without organization", "\"kind\": \"tradeMission\"", "\"kind\": \"permanentMission\"", "$.incident.missions[0].accreditedTo"),
        // Dates and versions.
        Edit("impossible date", "\"publicationDate\": \"2016-10-10\"", "\"publicationDate\": \"2016-13-01\"", "$.incident.sources[0].publicationDate"),
        Edit("date with a time", "\"publicationDate\": \"2016-10-10\"", "\"publicationDate\": \"2016-10-10T00:00:00\"", "$.incident.sources[0].publicationDate"),
        Edit("instant without a zone", "\"publishedAt\": \"2016-10-10T08:30:00Z\"", "\"publishedAt\": \"2016-10-10T08:30:00\"", "$.incident.sources[0].publishedAt"),
        Edit("unsupported major version", "\"formatVersion\": \"1.0\"", "\"formatVersion\": \"2.0\"", "$.formatVersion"),
        Edit("malformed version", "\"formatVersion\": \"1.0\"", "\"formatVersion\": \"one\"", "$.formatVersion"),
        Edit("numeric version", "\"formatVersion\": \"1.0\"", "\"formatVersion\": 1.0", "$.formatVersion"),
        // Malformed JSON and limits.
        new("truncated", Samples.Incident[..(Samples.Incident.Length / 2)], "$.incident"),
        new("empty", "", "$"),
        new("white space only", " \n\t ", "$"),
        new("null document", "null", "$"),
        new("array document", "[]", "$"),
        new("trailing garbage", Samples.Incident + " x", "$"),
        new("two documents", Samples.Incident + Samples.Incident, "$"),
        Edit("comment", "\"title\":", "/* note */ \"title\":", "$.incident"),
        Edit("trailing comma", "\"stances\": [ \"urgesResolution\" ]", "\"stances\": [ \"urgesResolution\", ]", "$.incident.statements[0].stances"),
        Edit("duplicate property", "\"title\":", "\"title\": \"first\", \"title\":", "$.incident.title"),
        Edit("single-quoted string", "\"title\": \"North", "\"title\": 'North', \"x\": \"", "$.incident"),
        new("nesting deeper than MaxDepth", Samples.Incident, "$.incident", new IncidentJsonOptions(maxDepth: 6)),
        new("document over MaxDocumentBytes", Samples.Incident, "$", new IncidentJsonOptions(maxDocumentBytes: 1024)),
        Edit("huge string over the size limit", "\"title\": \"North", "\"title\": \"" + new string('x', 20_000) + "North", "$", new IncidentJsonOptions(maxDocumentBytes: 16 * 1024)),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadDocumentFailsWithItsPath(Case bad)
    {
        var serializer = bad.Options is null ? Serializer : new IncidentJsonSerializer(bad.Options);
        var fromText = Assert.Throws<IncidentFormatException>(() => serializer.Deserialize<Incident>(bad.Json));
        Assert.StartsWith(bad.Path, fromText.JsonPath, StringComparison.Ordinal);
        Assert.Contains($" at {fromText.JsonPath} (", fromText.Message, StringComparison.Ordinal);
        Assert.Contains(bad.Path, fromText.Message, StringComparison.Ordinal);
        if (fromText.LineNumber is not null)
        {
            Assert.Contains($"line {fromText.LineNumber}", fromText.Message, StringComparison.Ordinal);
        }
        var fromBytes = Assert.Throws<IncidentFormatException>(() => serializer.Deserialize<Incident>(Encoding.UTF8.GetBytes(bad.Json)));
        Assert.Equal(fromText.Message, fromBytes.Message);
    }

    [Fact]
    public void TableHasAtLeastThirtyDistinctCases()
    {
        var cases = ((IEnumerable<object[]>)Cases).Select(row => (Case)row[0]).ToList();
        Assert.True(cases.Count >= 30);
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void SemanticErrorNamesTheLineOfTheValue()
    {
        string json = Samples.Incident.Replace("\"actor\": \"spokesperson\"", "\"actor\": \"nobody\"", StringComparison.Ordinal);
        var e = Assert.Throws<IncidentFormatException>(() => Serializer.Deserialize<Incident>(json));
        int expectedLine = 1 + json[..json.IndexOf("\"nobody\"", StringComparison.Ordinal)].Count(c => c == '\n');
        Assert.Equal(expectedLine, e.LineNumber);
        Assert.EndsWith($"at $.incident.statements[0].speaker.actor (line {expectedLine}, position {e.BytePositionInLine})", e.Message);
    }

    [Fact]
    public void SyntaxErrorNamesItsLine()
    {
        string json = Samples.Incident.Replace("\"kind\": \"tradeMission\"", "\"kind\": 12", StringComparison.Ordinal);
        var e = Assert.Throws<IncidentFormatException>(() => Serializer.Deserialize<Incident>(json));
        int expectedLine = 1 + json[..json.IndexOf("\"kind\": 12", StringComparison.Ordinal)].Count(c => c == '\n');
        Assert.Equal(expectedLine, e.LineNumber);
    }

    [Fact]
    public void TheSampleIsValid() => Assert.Equal("beijing-refuge-2016", Serializer.Deserialize<Incident>(Samples.Incident).Id.Value);

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Samples.Incident)).ToArray();
        Assert.Equal(Serializer.Deserialize<Incident>(Samples.Incident), Serializer.Deserialize<Incident>(bytes));
        Assert.Equal(Serializer.Deserialize<Incident>(Samples.Incident), Serializer.Deserialize<Incident>("\uFEFF" + Samples.Incident));
    }

    [Fact]
    public void DiscriminatorMayComeAnywhereInItsObject()
    {
        string json = Samples.Incident.Replace("{ \"type\": \"state\", \"id\": \"chn\",", "{ \"id\": \"chn\", \"type\": \"state\",", StringComparison.Ordinal);
        Assert.Equal(Serializer.Deserialize<Incident>(Samples.Incident), Serializer.Deserialize<Incident>(json));
    }

    [Fact]
    public void MinorVersionOfTheSameMajorIsRead()
    {
        string json = Samples.Incident.Replace("\"formatVersion\": \"1.0\"", "\"formatVersion\": \"1.7\"", StringComparison.Ordinal);
        Assert.Equal("beijing-refuge-2016", Serializer.Deserialize<Incident>(json).Id.Value);
    }

    [Fact]
    public void HugeStringWithinTheLimitIsRead()
    {
        string title = new('x', 2_000_000);
        string json = Samples.Incident.Replace("\"title\": \"North Korean official takes refuge in a South Korean mission\"", $"\"title\": \"{title}\"", StringComparison.Ordinal);
        Assert.Equal(title, Serializer.Deserialize<Incident>(json).Title);
    }

    [Fact]
    public void ReportWithTwoSourcesIsRefused()
    {
        var incident = new IncidentGenerator(2).Incident();
        string json = RoundTripTest.Compact.Serialize(incident).Replace("{\"formatVersion\":\"1.0\",\"incident\":", "{\"formatVersion\":\"1.0\",\"report\":", StringComparison.Ordinal);
        var e = Assert.Throws<IncidentFormatException>(() => Serializer.Deserialize<Report>(json));
        Assert.Equal("$.report.sources", e.JsonPath);
    }

    [Fact]
    public void InvalidUtf8IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.Incident);
        int at = Array.IndexOf(bytes, (byte)'N');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        Assert.Throws<IncidentFormatException>(() => Serializer.Deserialize<Incident>(bytes));
    }

    [Fact]
    public async Task StreamOverTheLimitFailsWithoutReadingItAll()
    {
        var serializer = new IncidentJsonSerializer(new IncidentJsonOptions(maxDocumentBytes: 1024));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Samples.Incident));
        var e = await Assert.ThrowsAsync<IncidentFormatException>(() => serializer.DeserializeAsync<Incident>(stream));
        Assert.Equal("$", e.JsonPath);
    }
}
