using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.Tests.IncidentTool;

public sealed partial class IncidentToolTest
{
    [Fact]
    public void Validate_AValidReport_SaysOKWithCounts_Success()
    {
        string file = WriteReport("a.json", SmallReports.TradeMission());
        var (exit, stdout, stderr) = Run("validate", file);
        Assert.Equal(0, exit);
        Assert.Equal($"OK {file} (report of source 'src-a': 1 source, 4 actors, 1 mission, 1 asylum claim, 2 statements)\n", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Validate_AnIncident_IsAccepted()
    {
        string file = Write("incident.json", IncidentJsonSerializer.Default.Serialize(SmallReports.TradeMission().Account));
        var (exit, stdout, _) = Run("validate", file);
        Assert.Equal(0, exit);
        Assert.StartsWith($"OK {file} (incident 'src-a.incident': 1 source", stdout);
    }

    [Fact]
    public void Validate_PlausibilityFindings_AreWarnings_NotErrors()
    {
        string file = WriteReport("b.json", SmallReports.EmbassyInSeoul());
        var (exit, stdout, stderr) = Run("validate", file);
        Assert.Equal(0, exit);
        Assert.StartsWith($"OK {file}", stdout);
        Assert.StartsWith($"warning: {file}: ", stderr);
        Assert.Contains("(refugeInMissionOfStateFled at $.report.asylumClaims[0].refuge)", stderr);
        Assert.DoesNotContain("error", stderr);
    }

    [Fact]
    public void Validate_ADanglingReference_NamesFilePathAndLine_InvalidInput()
    {
        string json = IncidentJsonSerializer.Default.Serialize(SmallReports.TradeMission())
            .Replace("\"sendingState\": \"src-a.kor\"", "\"sendingState\": \"nobody\"", StringComparison.Ordinal);
        string file = Write("bad.json", json);
        var (exit, stdout, stderr) = Run("validate", file);
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.StartsWith($"error: {file}: ", stderr);
        Assert.Contains("at $.report.missions[0].sendingState (line " + LineOf(json, "\"nobody\"") + ",", stderr);
    }

    [Fact]
    public void Validate_MalformedJson_NamesTheLine_InvalidInput()
    {
        string file = Write("truncated.json", "{\n  \"formatVersion\": \"1.0\",\n  \"report\": {\n");
        var (exit, _, stderr) = Run("validate", file);
        Assert.Equal(1, exit);
        Assert.Contains(file, stderr);
        Assert.Matches(@"at \$\S* \(line \d+", stderr);
    }

    [Fact]
    public void Validate_AMissingFile_IsInvalidInput()
    {
        var (exit, _, stderr) = Run("validate", PathOf("nowhere.json"));
        Assert.Equal(1, exit);
        Assert.Contains($"{PathOf("nowhere.json")}: no such file", stderr);
    }

    [Fact]
    public void Validate_ReadsEveryFile_AndFailsIfAnyIsInvalid()
    {
        string good = WriteReport("a.json", SmallReports.TradeMission());
        string bad = Write("bad.json", "{}");
        var (exit, stdout, stderr) = Run("validate", bad, good);
        Assert.Equal(1, exit);
        Assert.Contains($"OK {good}", stdout);
        Assert.Contains($"error: {bad}: ", stderr);
    }

    [Fact]
    public void Validate_WithoutFiles_BadUsage()
    {
        var (exit, _, stderr) = Run("validate");
        Assert.Equal(2, exit);
        Assert.Contains("needs at least one FILE", stderr);
        Assert.Equal(2, Run("validate", "--strict", "a.json").Exit);
    }

    [Fact]
    public async Task Validate_Ndjson_ReadsEachLine()
    {
        string file = PathOf("reports.ndjson");
        await using (var stream = File.Create(file))
        {
            await IncidentNdjson.WriteAsync(stream, new[] { SmallReports.TradeMission(), SmallReports.EmbassyInSeoul() });
        }
        var (exit, stdout, stderr) = Run("validate", file);
        Assert.Equal(0, exit);
        Assert.StartsWith($"OK {file} (2 documents)\n  1: report of source 'src-a'", stdout);
        Assert.Contains("\n  2: report of source 'src-b'", stdout);
        Assert.StartsWith($"warning: {file} document 2: ", stderr);
    }

    [Fact]
    public void Validate_NdjsonWithABadLine_NamesTheLine()
    {
        var compact = new IncidentJsonSerializer(new IncidentJsonOptions(indented: false));
        string file = Write("reports.jsonl", compact.Serialize(SmallReports.TradeMission()) + "\n" + compact.Serialize(SmallReports.EmbassyInSeoul()).Replace("\"kind\":\"embassy\"", "\"kind\":\"palace\"", StringComparison.Ordinal) + "\n");
        var (exit, _, stderr) = Run("validate", file);
        Assert.Equal(1, exit);
        Assert.Contains($"error: {file}: ", stderr);
        Assert.Contains("at $.report.missions[0].kind (line 2,", stderr);
    }
}
