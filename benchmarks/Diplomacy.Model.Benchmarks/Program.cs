using BenchmarkDotNet.Running;
using Diplomacy.Model.Benchmarks;

// `-- --sizes` prints the inputs' sizes and the retained size of the object graphs instead of benchmarking.
if (args is ["--sizes"])
{
    InputReport.Print();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(InputReport).Assembly).Run(args);
