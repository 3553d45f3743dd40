using Diplomacy.Model.Comparison;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.Tests.IncidentTool;

public sealed partial class IncidentToolTest
{
    [Fact]
    public void Compare_Plain_OneTabSeparatedLinePerFinding()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string b = WriteReport("b.json", SmallReports.EmbassyInSeoul());
        var (exit, stdout, stderr) = Run("compare", a, b);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var comparison = ReportComparer.Instance.Compare(SmallReports.TradeMission(), SmallReports.EmbassyInSeoul());
        Assert.StartsWith($"# A: src-a ({a}); B: src-b ({b}); {comparison.Findings.Count} findings: ", lines[0]);
        Assert.Equal("aspect\treport A\treport B\tverdict\tcited spans\texplanation", lines[1]);
        Assert.Equal(comparison.Findings.Count, lines.Length - 2);
        Assert.All(lines.Skip(2), line => Assert.Equal(6, line.Split('\t').Length));
        string refuge = Assert.Single(lines, l => l.StartsWith("placeOfRefuge\t", StringComparison.Ordinal));
        var cells = refuge.Split('\t');
        Assert.Equal("contradict", cells[3]);
        Assert.Contains("A \"TradeMission of KOR in Beijing\" @", cells[4]);
        Assert.Contains("B \"Embassy of PRK in Seoul\" @", cells[4]);
        Assert.Contains(lines, l => l.StartsWith("stateResponse [KOR]\t", StringComparison.Ordinal) && l.Split('\t')[3] == "contradict");
    }

    [Fact]
    public void Compare_Interactive_DrawsATable()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string b = WriteReport("b.json", SmallReports.EmbassyInSeoul());
        var (exit, stdout, _) = Run(interactive: true, "compare", a, b);
        Assert.Equal(0, exit);
        foreach (string text in new[] { "Aspect", "Report A", "Report B", "Verdict", "Cited spans", "placeOfRefuge", "contradict" })
        {
            Assert.Contains(text, stdout);
        }
    }

    [Fact]
    public void Compare_Json_ParsesBackToTheComparison()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string b = WriteReport("b.json", SmallReports.EmbassyInSeoul());
        var (exit, stdout, stderr) = Run("compare", "--json", a, b);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        var comparison = IncidentJsonSerializer.Default.Deserialize<ReportComparison>(stdout);
        Assert.Equal(ReportComparer.Instance.Compare(SmallReports.TradeMission(), SmallReports.EmbassyInSeoul()), comparison);
        Assert.StartsWith("{\n  \"formatVersion\": \"1.0\",\n  \"comparison\": {", stdout);
    }

    [Fact]
    public void Compare_AnInvalidReport_NamesFilePathAndLine_InvalidInput()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string json = IncidentJsonSerializer.Default.Serialize(SmallReports.EmbassyInSeoul()).Replace("\"kind\": \"embassy\"", "\"kind\": \"Embassy\"", StringComparison.Ordinal);
        string b = Write("b.json", json);
        var (exit, stdout, stderr) = Run("compare", a, b);
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains($"error: {b}: ", stderr);
        Assert.Contains($"at $.report.missions[0].kind (line {LineOf(json, "\"Embassy\"")},", stderr);
    }

    [Fact]
    public void Compare_AnIncidentInsteadOfAReport_InvalidInput()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string b = Write("b.json", IncidentJsonSerializer.Default.Serialize(SmallReports.EmbassyInSeoul().Account));
        var (exit, _, stderr) = Run("compare", a, b);
        Assert.Equal(1, exit);
        Assert.Contains($"{b}: is an incident document; a report document", stderr);
    }

    [Fact]
    public void Compare_TwoReportsOfOneSource_InvalidInput()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        string b = WriteReport("b.json", SmallReports.EmbassyInSeoul("src-a"));
        var (exit, _, stderr) = Run("compare", a, b);
        Assert.Equal(1, exit);
        Assert.Contains("both are reports of source 'src-a'", stderr);
    }

    [Fact]
    public void Compare_AMissingFile_InvalidInput()
    {
        string a = WriteReport("a.json", SmallReports.TradeMission());
        Assert.Equal(1, Run("compare", a, PathOf("missing.json")).Exit);
    }

    [Theory]
    [InlineData("compare")]
    [InlineData("compare", "a.json")]
    [InlineData("compare", "a.json", "b.json", "c.json")]
    [InlineData("compare", "a.json", "b.json", "--yaml")]
    public void Compare_WrongArguments_BadUsage(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("error: 'compare' ", stderr);
    }
}
