using BenchmarkDotNet.Running;
using Diplomacy.Model.Benchmarks;

// `-- --allocations` samples what reading the large incident allocates, by type.
// `-- --sizes` prints the inputs' sizes and the retained size of the object graphs instead of benchmarking.
if (args is ["--allocations"])
{
    AllocationProbe.Print();
    return;
}
if (args is ["--sizes"])
{
    InputReport.Print();
    return;
}
// `-- --profile-read N` reads the large incident N times and prints the time of each read: a steady
// loop to attach `dotnet-trace collect` to, when the benchmarks show reading is slow.
if (args is ["--profile-read", var times])
{
    var bytes = Diplomacy.Model.Benchmarks.Inputs.BenchmarkInputs.Document(Diplomacy.Model.Benchmarks.Inputs.DocumentSize.Large);
    for (int i = 0; i < int.Parse(times, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Diplomacy.Model.Benchmarks.Inputs.BenchmarkInputs.Serializer.Deserialize<Diplomacy.Model.Incidents.Incident>(bytes);
        Console.WriteLine($"read {bytes.Length:N0} bytes in {clock.ElapsedMilliseconds} ms");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(InputReport).Assembly).Run(args);
