using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;
using Diplomacy.Samples.Dossier;
using Spectre.Console;

namespace Diplomacy.Samples.Tests.Dossier;

public sealed class DossierCommandTest : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("dossier-");

    public void Dispose() => work.Delete(recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        // A console that is not a terminal: no colour codes, a fixed width, as when output is redirected.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        int exitCode = DossierCommand.Run(args, console, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void NoArguments_RendersTheSeedIncident_WithComparisonAndWarnings()
    {
        var (exitCode, output, error) = Run();

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        Assert.DoesNotContain("\u001b[", output); // plain text: no escape sequences when not on a terminal
        Assert.Contains("Ri Pyong-chol", output);
        Assert.Contains("TradeMission", output);
        Assert.Contains("VCDR Art. 22", output);
        Assert.Contains("\"late last week\"", output);
        Assert.Contains("[North Korea]", output);
        Assert.Contains("PlaceOfRefuge", output);
        Assert.Contains("Contradict", output);
        Assert.Contains("RefugeInMissionOfStateFled", output);
        Assert.Contains("InviolabilityAssumedWithoutBasis", output);
        Assert.Contains("16 of 16", output);
        Assert.Contains("18 of 18", output);
    }

    [Fact]
    public void Json_WritesTheMergedIncidentAndTheComparison_ReadableByTheLibrary()
    {
        var (exitCode, _, _) = Run("--json", work.FullName);

        Assert.Equal(0, exitCode);
        var merged = IncidentJsonSerializer.Default.Deserialize<Incident>(File.ReadAllText(Path.Combine(work.FullName, "merged-incident.json")));
        var comparison = IncidentJsonSerializer.Default.Deserialize<ReportComparison>(File.ReadAllText(Path.Combine(work.FullName, "comparison.json")));
        Assert.Equal(["src:000", "src:001"], merged.Sources.Select(s => s.Id.Value));
        Assert.Contains(comparison.Findings, f => f.Aspect == ComparisonAspect.PlaceOfRefuge && f.Verdict == ComparisonVerdict.Contradict);
    }

    [Fact]
    public void Json_WithoutADirectory_IsBadUsage()
    {
        var (exitCode, output, error) = Run("--json");

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains("--json", error);
    }

    [Fact]
    public void UnknownOption_IsBadUsage()
    {
        var (exitCode, _, error) = Run("--colour");

        Assert.Equal(2, exitCode);
        Assert.Contains("'--colour'", error);
        Assert.Contains("Usage:", error);
    }

    [Fact]
    public void Help_PrintsUsage()
    {
        var (exitCode, output, _) = Run("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--json DIR", output);
    }
}
