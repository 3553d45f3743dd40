using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// The result of comparing two or more reports of one incident: the reports' sources, the first
/// being the pivot every other report is aligned with, and the findings, each comparing the pivot
/// with one other report on one aspect.
/// </summary>
/// <remarks>
/// A comparison is a value of the model: two comparisons with the same sources and findings are
/// equal, and <see cref="Serialization.IncidentJsonSerializer"/> writes and reads it as a comparison
/// document (<c>{"formatVersion": "1.0", "comparison": {…}}</c>), so a result can be saved, diffed
/// and read back by other tools.
/// </remarks>
[Immutable]
public sealed record ReportComparison
{
    /// <summary>Creates a comparison.</summary>
    /// <param name="sources">The compared reports' sources, pivot first; at least two, all different.</param>
    /// <param name="findings">The findings, each between the pivot (first side) and another of the sources.</param>
    /// <exception cref="ArgumentException">Fewer than two sources, a repeated source, or a finding about other sources.</exception>
    public ReportComparison(EquatableArray<Id<Source>> sources, EquatableArray<ComparisonFinding> findings)
    {
        Preconditions.CheckArgument(sources.Count >= 2, nameof(sources), $"A comparison needs at least two reports; got {sources.Count}.");
        var known = new HashSet<Id<Source>>();
        foreach (var source in sources)
        {
            Preconditions.CheckArgument(known.Add(source), nameof(sources), $"Source '{source}' is listed twice.");
        }
        for (int i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            Preconditions.CheckArgument(finding.First.Source == sources[0] && known.Contains(finding.Second.Source), nameof(findings),
                $"findings[{i}] compares '{finding.First.Source}' with '{finding.Second.Source}'; findings compare the pivot '{sources[0]}' with another compared source.");
        }
        Sources = sources;
        Findings = findings;
    }

    /// <summary>The compared reports' sources; the first is the pivot.</summary>
    public EquatableArray<Id<Source>> Sources { get; }

    /// <summary>The pivot: the report every other report is aligned with.</summary>
    public Id<Source> Pivot => Sources[0];

    /// <summary>The findings, grouped by the report compared with the pivot, in the order of <see cref="Sources"/>.</summary>
    public EquatableArray<ComparisonFinding> Findings { get; }

    /// <summary>The findings about <paramref name="aspect"/>, in order.</summary>
    /// <param name="aspect">The aspect.</param>
    public IEnumerable<ComparisonFinding> FindingsAbout(ComparisonAspect aspect) => Findings.Where(f => f.Aspect == aspect);

    /// <summary>The findings with <paramref name="verdict"/>, in order.</summary>
    /// <param name="verdict">The verdict.</param>
    public IEnumerable<ComparisonFinding> WithVerdict(ComparisonVerdict verdict) => Findings.Where(f => f.Verdict == verdict);

    /// <summary>The sources and the number of findings per verdict.</summary>
    public override string ToString() =>
        $"Comparison of {Sources}: " + string.Join(", ", Enum.GetValues<ComparisonVerdict>().Select(v => $"{Findings.Count(f => f.Verdict == v)} {v}"));
}
