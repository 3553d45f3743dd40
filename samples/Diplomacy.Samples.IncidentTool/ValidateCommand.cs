using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Plausibility;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// <c>validate FILE...</c>: reads every file strictly and says, per file, "OK" with what it holds or
/// the error (file, JSON path, line). Plausibility findings are warnings: they do not change the exit code.
/// Every file is read, even after one fails, so one run reports every bad file.
/// </summary>
internal sealed class ValidateCommand(TextWriter stdout, TextWriter stderr)
{
    internal int Run(string[] args)
    {
        var files = Arguments.Operands(args, "validate");
        if (files.Count == 0)
        {
            throw new UsageException("'validate' needs at least one FILE.");
        }
        int exit = ExitCode.Success;
        foreach (string file in files)
        {
            try
            {
                Validate(file);
            }
            catch (InputException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                exit = ExitCode.InvalidInput;
            }
        }
        return exit;
    }

    private void Validate(string file)
    {
        var documents = DocumentFile.ReadAll(file);
        if (!DocumentFile.IsNdjson(file))
        {
            stdout.WriteLine($"OK {file} ({Summary(documents[0])})");
            Warn(file, null, documents[0]);
            return;
        }
        stdout.WriteLine($"OK {file} ({Count(documents.Count, "document")})");
        for (int i = 0; i < documents.Count; i++)
        {
            stdout.WriteLine($"  {i + 1}: {Summary(documents[i])}");
            Warn(file, i + 1, documents[i]);
        }
    }

    // The checker's paths are rooted at the incident; the warning names the path in the file.
    private void Warn(string file, int? number, Document document)
    {
        var (incident, root) = document.Value switch
        {
            Report report => (report.Account, "$.report"),
            Incident i => (i, "$.incident"),
            _ => ((Incident?)null, ""),
        };
        if (incident is null)
        {
            return;
        }
        foreach (PlausibilityFinding finding in PlausibilityChecker.Instance.Check(incident))
        {
            string where = number is null ? file : $"{file} document {number}";
            stderr.WriteLine($"warning: {where}: {finding.Message} ({Names.Of(finding.Rule)} at {root}{finding.Path[1..]})");
        }
    }

    internal static string Summary(Document document) => document.Value switch
    {
        Report report => $"report of source '{report.Source.Id}': {Counts(report.Account)}",
        Incident incident => $"incident '{incident.Id}': {Counts(incident)}",
        ReportComparison comparison => $"comparison of {Count(comparison.Sources.Count, "report")}: {Count(comparison.Findings.Count, "finding")}",
        _ => document.Kind.ToString(),
    };

    private static string Counts(Incident incident)
    {
        var parts = new List<string> { Count(incident.Sources.Count, "source"), Count(incident.Actors.Count, "actor") };
        foreach (var (count, noun) in new[]
        {
            (incident.Posts.Count, "post"), (incident.Relations.Count, "relation"), (incident.Instruments.Count, "legal instrument"),
            (incident.Missions.Count, "mission"), (incident.AsylumClaims.Count, "asylum claim"), (incident.Statements.Count, "statement"),
            (incident.Events.Count, "event"), (incident.Remarks.Count, "remark"),
        })
        {
            if (count > 0)
            {
                parts.Add(Count(count, noun));
            }
        }
        return string.Join(", ", parts);
    }

    internal static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
