using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Diplomacy.Model.Benchmarks.Baseline;
using Diplomacy.Model.Benchmarks.Columns;
using Diplomacy.Model.Benchmarks.Inputs;
using Diplomacy.Model.Benchmarks.Limits;
using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Benchmarks.Json;

/// <summary>
/// Reading one incident document: the tokenizer alone (the limit, and the Ratio baseline), the
/// library (strict, validated, immutable model), and what a user might write instead.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ReadBenchmarks
{
    private byte[] document = [];

    [Params(DocumentSize.Seed, DocumentSize.Large)]
    public DocumentSize Size { get; set; }

    [GlobalSetup]
    public void Setup() => document = BenchmarkInputs.Document(Size);

    [Benchmark(Baseline = true, Description = "Limit: Utf8JsonReader tokenize only")]
    public int TokenizeOnly() => JsonTokens.Tokenize(document);

    [Benchmark(Description = "Library: IncidentJsonSerializer.Deserialize")]
    public Incident Library() => BenchmarkInputs.Serializer.Deserialize<Incident>(document.AsSpan());

    [Benchmark(Description = "Baseline: STJ reflection, plain DTOs")]
    public PlainIncidentDocument SystemTextJsonReflection() =>
        JsonSerializer.Deserialize<PlainIncidentDocument>(document, PlainSerializers.SystemTextJson)!;

    [Benchmark(Description = "Baseline: Newtonsoft.Json, plain DTOs")]
    public PlainIncidentDocument NewtonsoftJson() => PlainSerializers.NewtonsoftRead<PlainIncidentDocument>(document);
}
