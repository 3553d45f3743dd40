using BenchmarkDotNet.Attributes;
using Diplomacy.Model.Seeds;

namespace Diplomacy.Model.Benchmarks.Seeds;

/// <summary>
/// Seed loading end to end: both bundled reports read from the assembly's resources, parsed,
/// hash-checked and verified span by span. A new loader each time, since a loader keeps what it loaded.
/// </summary>
[MemoryDiagnoser]
public class SeedLoadingBenchmarks
{
    [Benchmark(Description = "new SeedLoader().LoadBundled() (2 reports, verified)")]
    public int LoadBothWithSpanVerification() => new SeedLoader().LoadBundled().Count;
}
