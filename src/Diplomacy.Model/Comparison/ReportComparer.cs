using Diplomacy.Model.Annotations;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// Compares reports of one incident. Reports are aligned by what they talk about, never by ids
/// (each report has its own): states by ISO code, the claimant by name or, unnamed, by role and
/// nationality, the place of refuge through the claim, statements by the state they are made for,
/// times through <see cref="Time.ReportedTime.CompareWith"/>.
/// </summary>
/// <remarks>
/// With more than two reports, the first is the pivot: every other report is compared with it, so
/// the work grows linearly with the number of reports (each pair is aligned through hash lookups),
/// never with all pairs. Stateless and thread-safe.
/// </remarks>
[Immutable]
public sealed class ReportComparer
{
    /// <summary>A comparer (it holds no state; one instance can be shared).</summary>
    public static ReportComparer Instance { get; } = new();

    /// <summary>Compares two reports of one incident.</summary>
    /// <param name="first">The pivot report.</param>
    /// <param name="second">The other report.</param>
    /// <returns>The findings, each citing both sides.</returns>
    /// <exception cref="ArgumentException">Both reports are from the same source.</exception>
    public ReportComparison Compare(Report first, Report second) =>
        Compare([Preconditions.CheckNotNull(first), Preconditions.CheckNotNull(second)]);

    /// <summary>Compares each report with the first (the pivot).</summary>
    /// <param name="reports">Two or more reports of one incident, from different sources; the first is the pivot.</param>
    /// <returns>The findings, the pivot against each other report in turn.</returns>
    /// <exception cref="ArgumentException">Fewer than two reports, or two from the same source.</exception>
    public ReportComparison Compare(IReadOnlyList<Report> reports)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckArgument(reports.Count >= 2, nameof(reports), $"A comparison needs at least two reports; got {reports.Count}.");
        var sources = new List<Id<Source>>(reports.Count);
        var seen = new HashSet<Id<Source>>();
        for (int i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            Preconditions.CheckArgument(report is not null, nameof(reports), $"reports[{i}] is null.");
            Preconditions.CheckArgument(seen.Add(report.Source.Id), nameof(reports), $"reports[{i}] is from source '{report.Source.Id}' again; compare reports of different sources.");
            sources.Add(report.Source.Id);
        }
        var pivot = new AccountIndex(reports[0]);
        var findings = new List<ComparisonFinding>();
        for (int i = 1; i < reports.Count; i++)
        {
            new AccountComparison(pivot, new AccountIndex(reports[i]), findings).Run();
        }
        return new ReportComparison(sources.ToEquatableArray(), findings.ToEquatableArray());
    }
}
