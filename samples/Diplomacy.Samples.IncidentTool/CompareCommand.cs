using Diplomacy.Model.Comparison;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// <c>compare A B [--json]</c>: compares two report documents (A is the pivot) and prints the findings
/// as a table, or the comparison document with <c>--json</c>.
/// </summary>
internal sealed class CompareCommand(TextWriter stdout, bool interactive)
{
    internal int Run(string[] args)
    {
        bool json = args.Contains("--json", StringComparer.Ordinal);
        var files = Arguments.Exactly(args, 2, "compare", "two report files, A and B", "--json");
        var (a, b) = (DocumentFile.ReadReport(files[0]), DocumentFile.ReadReport(files[1]));
        if (a.Source.Id == b.Source.Id)
        {
            throw new InputException($"{files[0]} and {files[1]}: both are reports of source '{a.Source.Id}'; compare reports of different sources.");
        }
        var comparison = ReportComparer.Instance.Compare(a, b);
        if (json)
        {
            stdout.WriteLine(IncidentJsonSerializer.Default.Serialize(comparison));
        }
        else if (interactive)
        {
            new ComparisonTable(comparison, files[0], files[1]).Render(stdout);
        }
        else
        {
            new ComparisonTable(comparison, files[0], files[1]).WritePlain(stdout);
        }
        return ExitCode.Success;
    }
}
