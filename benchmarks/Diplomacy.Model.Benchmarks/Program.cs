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
BenchmarkSwitcher.FromAssembly(typeof(InputReport).Assembly).Run(args);
