using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Diplomacy.Model.Benchmarks.Baseline;
using Diplomacy.Model.Benchmarks.Columns;
using Diplomacy.Model.Benchmarks.Inputs;
using Diplomacy.Model.Benchmarks.Limits;
using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Benchmarks.Json;

/// <summary>
/// Writing one incident document (compact): Utf8JsonWriter writing the same tokens into a reused
/// buffer (the limit, and the Ratio baseline), the library, and what a user might write instead.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class WriteBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private Utf8JsonWriter writer = null!;
    private JsonTokens.Token[] tokens = [];
    private Incident incident = null!;
    private PlainIncidentDocument plain = null!;

    [Params(DocumentSize.Seed, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        tokens = JsonTokens.Record(BenchmarkInputs.Document(Size));
        writer = JsonTokens.CreateWriter(buffer);
        incident = BenchmarkInputs.Incident(Size);
        plain = BenchmarkInputs.PlainDocument(Size);
    }

    [GlobalCleanup]
    public void Cleanup() => writer.Dispose();

    [Benchmark(Baseline = true, Description = "Limit: Utf8JsonWriter same tokens")]
    public int WriteTokensOnly() => JsonTokens.Write(tokens, writer, buffer);

    [Benchmark(Description = "Library: IncidentJsonSerializer.SerializeToUtf8Bytes")]
    public byte[] Library() => BenchmarkInputs.Serializer.SerializeToUtf8Bytes(incident);

    [Benchmark(Description = "Baseline: STJ reflection, plain DTOs")]
    public byte[] SystemTextJsonReflection() => JsonSerializer.SerializeToUtf8Bytes(plain, PlainSerializers.SystemTextJson);

    [Benchmark(Description = "Baseline: Newtonsoft.Json, plain DTOs")]
    public byte[] NewtonsoftJson() => PlainSerializers.NewtonsoftWrite(plain);
}
