using Diplomacy.Model.Benchmarks.Inputs;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Model.Benchmarks;

/// <summary>
/// The figures the README's targets need besides BenchmarkDotNet's table: each input's bytes, the
/// retained size of the object graph read from it (for "allocations ≤ 2× the graph"), and the
/// managed heap while an NDJSON stream is read (for "memory stays flat").
/// </summary>
internal static class InputReport
{
    internal static void Print()
    {
        foreach (var size in Enum.GetValues<DocumentSize>())
        {
            byte[] document = BenchmarkInputs.Document(size);
            var incident = BenchmarkInputs.Incident(size);
            int attributions = incident.EnumerateAttributions().Count();
            long graph = Retained(() => BenchmarkInputs.Serializer.Deserialize<Incident>(document.AsSpan()));
            long allocated = Allocated(() => BenchmarkInputs.Serializer.Deserialize<Incident>(document.AsSpan()));
            Console.WriteLine($"{size}: {document.Length:N0} bytes ({BenchmarkInputs.Describe(document.Length)}), {incident.Statements.Count:N0} statements, {attributions:N0} attributions, {incident.Actors.Count} actors; "
                + $"graph {graph:N0} bytes, read allocates {allocated:N0} bytes = {(double)allocated / graph:0.00}x the graph");
        }
        foreach (int count in new[] { 10_000, 100_000 })
        {
            byte[] stream = BenchmarkInputs.Stream(count);
            long peak = NdjsonPeak(stream, out long allocated);
            Console.WriteLine($"NDJSON {count:N0} incidents: {stream.Length:N0} bytes ({BenchmarkInputs.Describe(stream.Length)}); "
                + $"allocated {allocated / (double)count:N0} bytes per incident; heap growth while reading (after full collections, every 5,000): {BenchmarkInputs.Describe(peak)}");
        }
    }

    private static long Retained(Func<object> read)
    {
        read(); // Warm up: statics, caches and JIT are not part of the graph.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var value = read();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(value);
        return after - before;
    }

    private static long Allocated(Func<object> read)
    {
        read();
        long before = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(read());
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    // Samples the heap after a full collection every 5,000 incidents while the stream is read.
    private static long NdjsonPeak(byte[] stream, out long allocated)
    {
        long peak = 0;
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        Task.Run(async () =>
        {
            using var input = new MemoryStream(stream, writable: false);
            int n = 0;
            await foreach (var incident in IncidentNdjson.ReadAsync<Incident>(input, BenchmarkInputs.Serializer))
            {
                if (++n % 5_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
                }
            }
        }).GetAwaiter().GetResult();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        // The stream's bytes and the cached inputs are held throughout; report the growth beyond them.
        return peak - heapBefore;
    }
}
