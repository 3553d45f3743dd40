using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.Tests.IncidentTool;

public sealed partial class IncidentToolTest
{
    [Fact]
    public void Convert_JsonToNdjsonAndBack_RoundTrips()
    {
        var report = SmallReports.TradeMission();
        string json = WriteReport("a.json", report);
        string ndjson = PathOf("a.ndjson");
        string back = PathOf("back.json");

        var (exit, stdout, stderr) = Run("convert", json, ndjson);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal($"Wrote {ndjson} (1 document, one per line).\n", stdout);
        string line = Assert.Single(File.ReadAllLines(ndjson));
        Assert.StartsWith("{\"formatVersion\":\"1.0\",\"report\":{", line);
        Assert.EndsWith("\n", File.ReadAllText(ndjson));

        Assert.Equal(0, Run("convert", ndjson, back).Exit);
        Assert.Equal(File.ReadAllBytes(json), File.ReadAllBytes(back));
        Assert.Equal(report, IncidentJsonSerializer.Default.Deserialize<Report>(File.ReadAllText(back)));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public async Task Convert_NdjsonWithTwoDocumentsToJson_NamesTheCount_InvalidInput()
    {
        string ndjson = PathOf("two.ndjson");
        await using (var stream = File.Create(ndjson))
        {
            await IncidentNdjson.WriteAsync(stream, new[] { SmallReports.TradeMission(), SmallReports.EmbassyInSeoul() });
        }
        var (exit, _, stderr) = Run("convert", ndjson, PathOf("one.json"));
        Assert.Equal(1, exit);
        Assert.Contains($"{ndjson}: holds 2 documents", stderr);
        Assert.False(File.Exists(PathOf("one.json")));

        Assert.Equal(0, Run("convert", ndjson, PathOf("copy.jsonl")).Exit);
        Assert.Equal(File.ReadAllText(ndjson), File.ReadAllText(PathOf("copy.jsonl")));
    }

    [Fact]
    public void Convert_AnInvalidInput_NamesFilePathAndLine_AndWritesNothing()
    {
        string json = IncidentJsonSerializer.Default.Serialize(SmallReports.TradeMission()).Replace("\"city\": \"Beijing\"", "\"city\": 7", StringComparison.Ordinal);
        string input = Write("bad.json", json);
        var (exit, _, stderr) = Run("convert", input, PathOf("out.ndjson"));
        Assert.Equal(1, exit);
        Assert.Contains($"error: {input}: ", stderr);
        Assert.Contains($"at $.report.missions[0].city (line {LineOf(json, "\"city\": 7")},", stderr);
        Assert.False(File.Exists(PathOf("out.ndjson")));
    }

    [Fact]
    public void Convert_AMissingInput_InvalidInput() =>
        Assert.Equal(1, Run("convert", PathOf("missing.json"), PathOf("out.ndjson")).Exit);

    [Theory]
    [InlineData("convert")]
    [InlineData("convert", "in.json")]
    [InlineData("convert", "in.json", "out.ndjson", "extra.json")]
    [InlineData("convert", "same.json", "same.json")]
    public void Convert_WrongArguments_BadUsage(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr);
    }
}
