namespace Diplomacy.Model.Benchmarks.Seeds;

// TODO(lead): wire seed loading end to end once Diplomacy.Model.Seeds.SeedLoader lands (another
// engineer is adding it; it is not in this branch). The benchmark should load both bundled reports
// (seeds/000_*.txt and seeds/001_*.txt) with span verification, e.g.
//
//     [MemoryDiagnoser]
//     public class SeedLoadingBenchmarks
//     {
//         [Benchmark] public IReadOnlyList<Report> LoadBothWithSpanVerification() => SeedLoader.LoadAll(/* verify spans */);
//     }
//
// The seed texts are already copied to the output folder (seeds/*.txt, see the .csproj). Until then
// this class has no [Benchmark] methods, so BenchmarkDotNet does not list it.

/// <summary>Placeholder for the seed-loading benchmark (see the TODO above).</summary>
internal static class SeedLoadingBenchmarks
{
}
