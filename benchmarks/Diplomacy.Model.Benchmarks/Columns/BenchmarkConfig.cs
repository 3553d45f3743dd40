using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Columns;

namespace Diplomacy.Model.Benchmarks.Columns;

/// <summary>Adds the input size and MB/s columns to the JSON benchmarks.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(size: true), new ThroughputColumn(size: false));
        AddColumn(RankColumn.Arabic);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}

/// <summary>Adds the time-per-report column to the comparison benchmarks.</summary>
internal sealed class PerReportConfig : ManualConfig
{
    public PerReportConfig() => AddColumn(new PerReportColumn());
}
