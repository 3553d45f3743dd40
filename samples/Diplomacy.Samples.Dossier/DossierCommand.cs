using Diplomacy.Model;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Serialization;
using Spectre.Console;

namespace Diplomacy.Samples.Dossier;

/// <summary>Parses the command line, builds the dossier and renders or writes it.</summary>
internal static class DossierCommand
{
    private const string Usage = """
        Usage: dotnet run --project samples/Diplomacy.Samples.Dossier [-- --json DIR]

          (no option)   Render the seed incident: sources, actors, missions, the asylum claims'
                        timelines, statements, the comparison of the two reports and plausibility warnings.
          --json DIR    Also write DIR/merged-incident.json (both reports merged into one incident)
                        and DIR/comparison.json (the comparison), in the incident JSON format.
          --help        Show this text.
        """;

    internal static int Run(string[] args, IAnsiConsole console, TextWriter error)
    {
        string? jsonDirectory = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    console.WriteLine(Usage);
                    return 0;
                case "--json" when i + 1 < args.Length:
                    jsonDirectory = args[++i];
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'.");
                    error.WriteLine(Usage);
                    return 2;
            }
        }

        var seeds = SeedLoader.Default.LoadBundled();
        var reports = seeds.Select(seed => seed.Report).ToList();
        var comparison = ReportComparer.Instance.Compare(reports);
        var merged = ReportMerger.Instance.Merge(reports, new Id<Incident>("incident:seed-merged"),
            "A North Korean official takes refuge in a mission; China urges a resolution (two reports merged)");
        var findings = seeds.Select(seed => (seed, PlausibilityChecker.Instance.Check(seed.Report.Account))).ToList();

        new DossierView(console, seeds, merged, comparison, findings).Render();

        if (jsonDirectory is not null)
        {
            Directory.CreateDirectory(jsonDirectory);
            string incidentPath = Path.Combine(jsonDirectory, "merged-incident.json");
            string comparisonPath = Path.Combine(jsonDirectory, "comparison.json");
            IncidentFile.SaveAsync(incidentPath, merged).GetAwaiter().GetResult();
            IncidentFile.SaveAsync(comparisonPath, comparison).GetAwaiter().GetResult();
            console.MarkupLine($"Wrote [bold]{Markup.Escape(incidentPath)}[/] and [bold]{Markup.Escape(comparisonPath)}[/].");
        }
        return 0;
    }
}
