using Diplomacy.Model;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Sources;
using Spectre.Console;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// A comparison of two reports as a table: aspect, what report A says, what report B says, the
/// verdict (with its explanation) and the spans each side cites. Drawn with Spectre.Console at a
/// terminal; written as tab-separated lines, one per finding, when output goes elsewhere.
/// </summary>
internal sealed class ComparisonTable(ReportComparison comparison, string fileA, string fileB)
{
    private const string Silent = "—";

    internal void Render(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var table = new Table()
            .Title($"[bold]A: {Markup.Escape(Label(0, fileA))}  ·  B: {Markup.Escape(Label(1, fileB))}[/]")
            .AddColumns("Aspect", "Report A", "Report B", "Verdict", "Cited spans");
        foreach (var finding in comparison.Findings)
        {
            table.AddRow(
                Markup.Escape(Aspect(finding)),
                Markup.Escape(finding.First.Account ?? Silent),
                Markup.Escape(finding.Second.Account ?? Silent),
                $"[{Colour(finding.Verdict)}]{Names.Of(finding.Verdict)}[/]\n[grey]{Markup.Escape(finding.Explanation)}[/]",
                Markup.Escape(Cited(finding, "\n")));
        }
        console.Write(table);
        console.MarkupLine($"[grey]{Markup.Escape(Totals())}[/]");
    }

    internal void WritePlain(TextWriter output)
    {
        output.WriteLine($"# A: {Label(0, fileA)}; B: {Label(1, fileB)}; {Totals()}");
        output.WriteLine("aspect\treport A\treport B\tverdict\tcited spans\texplanation");
        foreach (var finding in comparison.Findings)
        {
            output.WriteLine(string.Join('\t',
                Aspect(finding),
                Cell(finding.First.Account ?? Silent),
                Cell(finding.Second.Account ?? Silent),
                Names.Of(finding.Verdict),
                Cell(Cited(finding, "; ")),
                Cell(finding.Explanation)));
        }
    }

    private string Label(int index, string file) => $"{comparison.Sources[index]} ({file})";

    private string Totals() =>
        ValidateCommand.Count(comparison.Findings.Count, "finding") + ": " + string.Join(", ",
            Enum.GetValues<ComparisonVerdict>().Select(v => $"{comparison.Findings.Count(f => f.Verdict == v)} {Names.Of(v)}"));

    private static string Aspect(ComparisonFinding finding) =>
        finding.Subject is null ? Names.Of(finding.Aspect) : $"{Names.Of(finding.Aspect)} [{finding.Subject}]";

    private static string Cited(ComparisonFinding finding, string separator) =>
        string.Join(separator, Spans("A", finding.First.Attributions).Concat(Spans("B", finding.Second.Attributions)));

    private static IEnumerable<string> Spans(string side, EquatableArray<Attribution> attributions) =>
        attributions.Select(a => $"{side} \"{a.Span.Quote}\" @{a.Span.Start}");

    // One finding per line: the cells hold no tabs or line breaks.
    private static string Cell(string text) => text.Replace('\t', ' ').ReplaceLineEndings(" ");

    private static string Colour(ComparisonVerdict verdict) => verdict switch
    {
        ComparisonVerdict.Agree => "green",
        ComparisonVerdict.Compatible => "aqua",
        ComparisonVerdict.Contradict => "red",
        ComparisonVerdict.OnlyInOne => "yellow",
        _ => "grey",
    };
}
