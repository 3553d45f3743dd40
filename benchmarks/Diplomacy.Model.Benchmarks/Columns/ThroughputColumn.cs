using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Diplomacy.Model.Benchmarks.Inputs;

namespace Diplomacy.Model.Benchmarks.Columns;

/// <summary>Input size and MB/s (10^6 bytes per second) from the mean time and the case's input bytes.</summary>
internal sealed class ThroughputColumn(bool size) : IColumn
{
    public string Id => size ? "InputSize" : "Throughput";
    public string ColumnName => size ? "Input" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => size ? 0 : 1;
    public bool IsNumeric => !size;
    public UnitType UnitType => size ? UnitType.Size : UnitType.Dimensionless;
    public string Legend => size ? "Bytes read or written per operation" : "Throughput in MB (10^6 bytes) per second, from Mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        long? bytes = BenchmarkInputs.InputBytes(
            benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value,
            benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Count")?.Value);
        if (bytes is null)
        {
            return "-";
        }
        if (size)
        {
            return BenchmarkInputs.Describe(bytes.Value);
        }
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNs is > 0 ? (bytes.Value / (meanNs.Value / 1e9) / 1e6).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "?";
    }
}

/// <summary>The mean time per compared report (the pivot against each other report): Mean / (N - 1).</summary>
internal sealed class PerReportColumn : IColumn
{
    public string Id => "PerReport";
    public string ColumnName => "Per report";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => "Mean / (N - 1): time per report compared with the pivot";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "N")?.Value is not int n || n < 2)
        {
            return "-";
        }
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNs is > 0 ? $"{meanNs.Value / (n - 1) / 1000:0.0} μs" : "?";
    }
}
