using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Diplomacy.Model.Benchmarks.Baseline;
using Diplomacy.Model.Benchmarks.Corpus;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Model.Benchmarks.Inputs;

/// <summary>
/// The inputs, built once per process from fixed seeds, so every benchmark (and the throughput
/// column, in the host process) sees the same bytes.
/// </summary>
internal static class BenchmarkInputs
{
    internal const int LargeStatements = 10_000;
    internal const int SeedStatements = 6;
    internal const int StreamSeedBase = 1_000_000;

    /// <summary>Compact output: the same bytes for the library, the limit and the baselines.</summary>
    internal static IncidentJsonSerializer Serializer { get; } = new(new IncidentJsonOptions(indented: false));

    private static readonly ConcurrentDictionary<DocumentSize, Incident> Incidents = new();
    private static readonly ConcurrentDictionary<DocumentSize, byte[]> Documents = new();
    private static readonly ConcurrentDictionary<int, byte[]> Streams = new();

    internal static Incident Incident(DocumentSize size) => Incidents.GetOrAdd(size, s => s switch
    {
        DocumentSize.Seed => new IncidentCorpus(1).Incident("seed-sized", SeedStatements, sourceCount: 1, states: 3),
        _ => new IncidentCorpus(2).Incident("large", LargeStatements, sourceCount: 3, states: 12),
    });

    internal static byte[] Document(DocumentSize size) => Documents.GetOrAdd(size, s => Serializer.SerializeToUtf8Bytes(Incident(s)));

    internal static PlainIncidentDocument PlainDocument(DocumentSize size) =>
        JsonSerializer.Deserialize<PlainIncidentDocument>(Document(size), PlainSerializers.SystemTextJson)!;

    /// <summary>A small incident: 3 states, 2 statements, one claim (about 4 KB).</summary>
    internal static Incident SmallIncident(int index) =>
        new IncidentCorpus(StreamSeedBase + index).Incident($"incident-{index}", statements: 2, sourceCount: 1, states: 3, brief: true);

    /// <summary>An NDJSON stream of <paramref name="count"/> small incidents, one compact document per line.</summary>
    internal static byte[] Stream(int count) => Streams.GetOrAdd(count, n =>
    {
        // Incidents differ only by seed; build a pool of distinct lines and repeat it, so a stream
        // of 100,000 is quick to build and holds the same mix as a stream of 10,000.
        const int distinct = 1_000;
        var lines = Enumerable.Range(0, Math.Min(n, distinct)).Select(i => Serializer.SerializeToUtf8Bytes(SmallIncident(i))).ToArray();
        using var output = new MemoryStream();
        for (int i = 0; i < n; i++)
        {
            output.Write(lines[i % lines.Length]);
            output.WriteByte((byte)'\n');
        }
        return output.ToArray();
    });

    /// <summary>The byte length of the input a benchmark case reads or writes, from its parameters.</summary>
    internal static long? InputBytes(object? size, object? count) => (size, count) switch
    {
        (DocumentSize s, _) => Document(s).LongLength,
        (_, int n) => Stream(n).LongLength,
        _ => null,
    };

    internal static string Describe(long bytes) => bytes switch
    {
        >= 1 << 20 => $"{bytes / 1048576.0:0.0} MiB",
        >= 1 << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} B",
    };

    internal static int LineCount(byte[] stream) => stream.AsSpan().Count((byte)'\n');

    internal static string Text(byte[] utf8) => Encoding.UTF8.GetString(utf8);
}
