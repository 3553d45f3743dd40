using System.Text.Json;
using Diplomacy.Model.Interop;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.Tests.IncidentTool;

public sealed partial class IncidentToolTest
{
    [Fact]
    public void Export_Plover_WritesOneJsonRecordPerLine_ToStandardOutput()
    {
        var report = SmallReports.CodedTradeMission();
        string file = WriteReport("c.json", report);
        var (exit, stdout, stderr) = Run("export", "--plover", file);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.EndsWith("\n", stdout);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);

        using var statement = JsonDocument.Parse(lines[0]);
        var root = statement.RootElement;
        Assert.Equal("src-c.incident:statement:src-c.china", root.GetProperty("id").GetString());
        Assert.Equal(["REQUEST"], root.GetProperty("event").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("CHN", root.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal(["KOR", "PRK"], root.GetProperty("recipient").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("date").ValueKind);
        Assert.Equal("src-c", root.GetProperty("cite_info").GetProperty("citation").GetString());

        using var asylum = JsonDocument.Parse(lines[1]);
        Assert.Equal("src-c.incident:asylum:src-c.claim:2", asylum.RootElement.GetProperty("id").GetString());
        Assert.Equal("REQUEST", asylum.RootElement.GetProperty("event")[0].GetString());
        Assert.Equal("PRK", asylum.RootElement.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("2016-10-10", asylum.RootElement.GetProperty("date").GetString());

        // The library's own writing, byte for byte.
        Assert.Equal(string.Concat(PloverExporter.Export(report.Account).Select(r => PloverJsonWriter.ToJson(r) + "\n")), stdout);
    }

    [Fact]
    public void Export_Plover_ToAFile_WritesTheSameLines()
    {
        string file = WriteReport("c.json", SmallReports.CodedTradeMission());
        string output = PathOf("c.plover.jsonl");
        var (exit, stdout, stderr) = Run("export", file, "--plover", output);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal($"Wrote {output} (2 PLOVER records).\n", stdout);
        Assert.Equal(Run("export", "--plover", file).Out, File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Export_Cameo_WritesTheHeaderAndOneRowPerTarget()
    {
        string file = WriteReport("c.json", SmallReports.CodedTradeMission());
        var (exit, stdout, stderr) = Run("export", "--cameo", file);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(
            "id\tdate\tsource\ttarget\tevent_code\tgoldstein\n"
            + "src-c.incident:statement:src-c.china\t\tCHN\tKOR\t027\t4.0\n"
            + "src-c.incident:statement:src-c.china\t\tCHN\tPRK\t027\t4.0\n"
            + "src-c.incident:asylum:src-c.claim:2\t2016-10-10\tPRK\tKOR\t023\t3.4\n",
            stdout);

        string output = PathOf("c.tsv");
        Assert.Equal(0, Run("export", "--cameo", file, output).Exit);
        Assert.Equal(stdout, File.ReadAllText(output));
    }

    [Fact]
    public async Task Export_NdjsonOfIncidents_ExportsEach_AndUncodedFactsGiveNoRecords()
    {
        string file = PathOf("incidents.ndjson");
        await using (var stream = File.Create(file))
        {
            await IncidentNdjson.WriteAsync(stream, new[] { SmallReports.TradeMission().Account, SmallReports.CodedTradeMission().Account });
        }
        var (exit, stdout, _) = Run("export", "--cameo", file);
        Assert.Equal(0, exit);
        Assert.Equal(4, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + the coded report's 3 rows

        string uncoded = WriteReport("a.json", SmallReports.TradeMission());
        Assert.Equal((0, "", ""), Run("export", "--plover", uncoded));
        Assert.Equal("id\tdate\tsource\ttarget\tevent_code\tgoldstein\n", Run("export", "--cameo", uncoded).Out);
    }

    [Fact]
    public void Export_AnInvalidDocument_NamesFilePathAndLine_InvalidInput()
    {
        string json = IncidentJsonSerializer.Default.Serialize(SmallReports.CodedTradeMission()).Replace("\"kind\": \"tradeMission\"", "\"kind\": \"Trade\"", StringComparison.Ordinal);
        string file = Write("bad.json", json);
        var (exit, stdout, stderr) = Run("export", "--plover", file, PathOf("out.jsonl"));
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains($"error: {file}: ", stderr);
        Assert.Contains($"at $.report.missions[0].kind (line {LineOf(json, "\"Trade\"")},", stderr);
        Assert.False(File.Exists(PathOf("out.jsonl")));
    }

    [Fact]
    public void Export_AComparisonOrAMissingFile_InvalidInput()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string b = WriteReport("b.json", SmallReports.EmbassyInSeoul());
        string comparison = Write("ab.json", Run("compare", "--json", a, b).Out);
        var (exit, _, stderr) = Run("export", "--cameo", comparison);
        Assert.Equal(1, exit);
        Assert.Contains($"{comparison}: is a comparison document; export needs incident or report documents.", stderr);

        Assert.Equal(1, Run("export", "--plover", PathOf("missing.json")).Exit);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "a.json")]
    [InlineData("export", "--plover")]
    [InlineData("export", "--plover", "--cameo", "a.json")]
    [InlineData("export", "--plover", "a.json", "b.jsonl", "c.jsonl")]
    [InlineData("export", "--json", "a.json")]
    [InlineData("export", "--cameo", "same.json", "same.json")]
    public void Export_WrongArguments_BadUsage(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("error: ", stderr);
    }
}
