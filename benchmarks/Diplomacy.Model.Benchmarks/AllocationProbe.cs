using System.Diagnostics.Tracing;
using Diplomacy.Model.Benchmarks.Inputs;
using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Benchmarks;

/// <summary>
/// `-- --allocations`: samples what reading the large incident allocates, by type, from the
/// runtime's AllocationTick events (one per ~100 KB), the quickest profile that needs no tools.
/// </summary>
internal sealed class AllocationProbe : EventListener
{
    private readonly Dictionary<string, long> bytesByType = [];
    private bool on;

    internal static void Print()
    {
        byte[] document = BenchmarkInputs.Document(DocumentSize.Large);
        BenchmarkInputs.Serializer.Deserialize<Incident>(document.AsSpan());
        using var probe = new AllocationProbe();
        probe.on = true;
        for (int i = 0; i < 3; i++)
        {
            GC.KeepAlive(BenchmarkInputs.Serializer.Deserialize<Incident>(document.AsSpan()));
        }
        probe.on = false;
        long total = probe.bytesByType.Values.Sum();
        foreach (var (type, bytes) in probe.bytesByType.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine($"{bytes * 100.0 / total,5:0.0}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!on || !e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }
        string type = e.Payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
        long amount = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
        lock (bytesByType)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
