using BenchmarkDotNet.Attributes;
using Diplomacy.Model.Benchmarks.Columns;
using Diplomacy.Model.Benchmarks.Corpus;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Benchmarks.Comparison;

/// <summary>
/// Comparing and merging N reports of one incident (each from its own source, 40 statements by 6 states): the
/// pivot against every other report. Time per report (Mean / (N - 1)) should stay flat as N grows.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerReportConfig))]
public class CompareBenchmarks
{
    private Report[] reports = [];

    [Params(2, 10, 100, 1_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => reports = [.. Enumerable.Range(0, N).Select(i => new IncidentCorpus(500 + i).Report(statements: 40, states: 6))];

    [Benchmark(Description = "ReportComparer.Compare(N reports)")]
    public ReportComparison Compare() => ReportComparer.Instance.Compare(reports);

    [Benchmark(Description = "ReportMerger.Merge(N reports)")]
    public Incident Merge() => ReportMerger.Instance.Merge(reports, new Id<Incident>("merged"), "merged");
}
