using Diplomacy.Model;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;

namespace Diplomacy.Samples.Tests.IncidentTool;

public sealed partial class IncidentToolTest
{
    // Hand-written GDELT 2.0 event rows (as in Diplomacy.Model.Tests' GdeltFixture), built from the
    // codebook's column groups. Actor: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
    // Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code. Geo: Type, FullName, CountryCode,
    // ADM1Code, ADM2Code, Lat, Long, FeatureID.
    private static readonly string[] GdeltChina = ["CHNGOV", "CHINA", "CHN", "", "", "", "", "GOV", "", ""];
    private static readonly string[] GdeltSouthKorea = ["KORGOV", "SOUTH KOREA", "KOR", "", "", "", "", "GOV", "", ""];
    private static readonly string[] GdeltSouthKoreanOpposition = ["KOROPP", "SOUTH KOREA", "KOR", "", "", "", "", "OPP", "", ""];
    private static readonly string[] GdeltNorthKorea = ["PRK", "NORTH KOREA", "PRK", "", "", "", "", "", "", ""];
    private static readonly string[] GdeltUnitedNations = ["IGOUNO", "UNITED NATIONS", "", "", "", "", "", "IGO", "UNO", ""];
    private static readonly string[] GdeltAfrica = ["AFR", "AFRICA", "AFR", "", "", "", "", "", "", ""];
    private static readonly string[] GdeltBeijing = ["4", "Beijing, Beijing, China", "CH", "CH22", "", "39.9289", "116.388", "-1898541"];
    private static readonly string[] GdeltNoPlace = ["0", "", "", "", "", "", "", ""];

    // China's government appeals to South Korea's to settle the dispute (027), in Beijing.
    private static readonly string GdeltAppeal = GdeltRow(
        ["1001", "20161010", "201610", "2016", "2016.7699"], GdeltChina, GdeltSouthKorea,
        ["1", "027", "027", "02", "1", "4.0", "10", "2", "10", "-1.25"], GdeltBeijing, GdeltNoPlace, GdeltBeijing,
        ["20161010083000", "https://example.org/china-urges-solution"]);

    // South Korea negotiates with North Korea (046).
    private static readonly string GdeltNegotiation = GdeltRow(
        ["1002", "20161011", "201610", "2016", "2016.7726"], GdeltSouthKorea, GdeltNorthKorea,
        ["0", "046", "046", "04", "1", "7.0", "3", "1", "3", "0.5"], GdeltNoPlace, GdeltNoPlace, GdeltNoPlace,
        ["20161011120000", "https://example.org/talks?id=7"]);

    [Fact]
    public async Task Import_Gdelt_WritesOneIncidentPerValidRow_ReportsBadRowsByLine_InvalidInput()
    {
        string export = Write("events.export.CSV", string.Join("\n",
            GdeltAppeal,
            GdeltReplace(GdeltNegotiation, 1, "2016-10-11"), // line 2: SQLDATE not YYYYMMDD
            GdeltNegotiation) + "\n");
        string output = PathOf("events.ndjson");

        var (exit, stdout, stderr) = Run("import", "--gdelt", export, output);

        Assert.Equal(1, exit);
        Assert.Equal($"{export} line 2: column SQLDATE: '2016-10-11' is not a date YYYYMMDD.\n", stderr);
        Assert.Equal("imported 2 events, 1 bad row\n", stdout);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));

        var incidents = await ReadIncidents(output);
        Assert.Equal(["gdelt-1001", "gdelt-1002"], incidents.Select(i => i.Id.Value));

        var appeal = incidents[0];
        var source = Assert.Single(appeal.Sources);
        Assert.Equal("gdelt-1001", source.Id.Value);
        Assert.Equal(new Uri("https://example.org/china-urges-solution"), source.Address);
        Assert.Equal(ContentHash.Of(GdeltAppeal), source.ContentHash);
        Assert.Equal([("chn", "CHN"), ("kor", "KOR")], appeal.Actors.Cast<State>().Select(s => (s.Id.Value, s.Code.Value)));
        var appealEvent = Assert.Single(appeal.Events);
        Assert.Equal("027", appealEvent.Coding!.Cameo!.Value);
        Assert.Equal(["chn", "kor"], appealEvent.Participants.Select(p => p.Value));
        Assert.Equal("CHINA → SOUTH KOREA: CAMEO 027 (GDELT event 1001)", appealEvent.Description);
        Assert.Equal(appealEvent.Description, appeal.Title);
        Assert.Equal(GdeltAppeal, Assert.Single(appealEvent.Provenance.Attributions).Span.Quote);

        var negotiation = Assert.Single(incidents[1].Events);
        Assert.Equal(DiplomaticEventKind.Negotiation, negotiation.Kind);
        Assert.Equal(["kor", "prk"], negotiation.Participants.Select(p => p.Value));

        // The output is a valid NDJSON file for the rest of the tool.
        Assert.Equal(0, Run("validate", output).Exit);
    }

    [Fact]
    public async Task Import_Gdelt_ActorsThatAreNotStates_AreLeftOut_AndTheDescriptionSaysSo()
    {
        string export = Write("events.tsv", string.Join("\n",
            GdeltRow(["1003", "20161012", "201610", "2016", "2016.7753"], GdeltUnitedNations, GdeltAfrica,
                ["1", "0233", "023", "02", "1", "3.4", "1", "1", "1", "-3"], GdeltNoPlace, GdeltNoPlace, GdeltNoPlace,
                ["20161012000000", "BBC Monitoring"]),
            GdeltRow(["1004", "20161013", "201610", "2016", "2016.7781"], GdeltSouthKorea, GdeltSouthKoreanOpposition,
                ["1", "046", "046", "04", "1", "7.0", "1", "1", "1", "0"], GdeltNoPlace, GdeltNoPlace, GdeltNoPlace,
                ["20161013000000", "https://example.org/seoul-talks"])));
        string output = PathOf("events.jsonl");

        var (exit, stdout, stderr) = Run("import", "--gdelt", export, output);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal("imported 2 events, 0 bad rows\n", stdout);
        var incidents = await ReadIncidents(output);

        var appeal = incidents[0];
        Assert.Empty(appeal.Actors);
        Assert.Null(Assert.Single(appeal.Sources).Address);
        var appealEvent = Assert.Single(appeal.Events);
        Assert.Empty(appealEvent.Participants);
        Assert.Equal(
            "UNITED NATIONS → AFRICA: CAMEO 0233 (GDELT event 1003). Actor1 IGOUNO has no country code and is not a participant. "
            + "Actor2 AFR has the CAMEO country code AFR, which is not an ISO 3166-1 alpha-3 code; it is not a participant.",
            appealEvent.Description);

        var talks = incidents[1];
        Assert.Equal(["kor"], talks.Actors.Select(a => a.Id.Value));
        var talksEvent = Assert.Single(talks.Events);
        Assert.Equal(["kor"], talksEvent.Participants.Select(p => p.Value));
        Assert.EndsWith("Actor2 KOROPP is of the same state (KOR) as Actor1; the state takes part once.", talksEvent.Description);
    }

    [Fact]
    public void Import_Gdelt_AMissingFile_InvalidInput_AndWritesNothing()
    {
        string output = PathOf("events.ndjson");
        var (exit, stdout, stderr) = Run("import", "--gdelt", PathOf("missing.CSV"), output);
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Equal($"error: {PathOf("missing.CSV")}: no such file.\n", stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Import_Gdelt_AnEmptyExport_WritesAnEmptyFile_Success()
    {
        string export = Write("empty.CSV", "");
        string output = PathOf("events.ndjson");
        var (exit, stdout, _) = Run("import", "--gdelt", export, output);
        Assert.Equal(0, exit);
        Assert.Equal("imported 0 events, 0 bad rows\n", stdout);
        Assert.Equal("", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "--gdelt")]
    [InlineData("import", "--gdelt", "events.CSV")]
    [InlineData("import", "--gdelt", "events.CSV", "a.ndjson", "b.ndjson")]
    [InlineData("import", "events.CSV", "events.ndjson")]
    [InlineData("import", "--acled", "events.CSV", "events.ndjson")]
    [InlineData("import", "--gdelt", "events.CSV", "events.json")]
    [InlineData("import", "--gdelt", "same.ndjson", "same.ndjson")]
    public void Import_WrongArguments_BadUsage(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr);
    }

    private static async Task<List<Incident>> ReadIncidents(string path)
    {
        await using var stream = File.OpenRead(path);
        var incidents = new List<Incident>();
        await foreach (var incident in IncidentNdjson.ReadAsync<Incident>(stream))
        {
            incidents.Add(incident);
        }
        return incidents;
    }

    private static string GdeltRow(string[] head, string[] actor1, string[] actor2, string[] action, string[] actor1Geo, string[] actor2Geo, string[] actionGeo, string[] tail)
    {
        string[] columns = [.. head, .. actor1, .. actor2, .. action, .. actor1Geo, .. actor2Geo, .. actionGeo, .. tail];
        Assert.Equal(61, columns.Length);
        return string.Join('\t', columns);
    }

    private static string GdeltReplace(string row, int column, string value)
    {
        var columns = row.Split('\t');
        columns[column] = value;
        return string.Join('\t', columns);
    }
}
