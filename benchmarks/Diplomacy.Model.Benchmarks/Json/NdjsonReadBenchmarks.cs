using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Diplomacy.Model.Benchmarks.Baseline;
using Diplomacy.Model.Benchmarks.Columns;
using Diplomacy.Model.Benchmarks.Inputs;
using Diplomacy.Model.Benchmarks.Limits;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Model.Benchmarks.Json;

/// <summary>
/// Reading a newline-delimited stream of small incidents, one at a time, keeping none: memory per
/// incident should not grow with the stream (compare Allocated / Count and Gen2 at 10,000 and 100,000).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class NdjsonReadBenchmarks
{
    private byte[] stream = [];

    [Params(10_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => stream = BenchmarkInputs.Stream(Count);

    [Benchmark(Baseline = true, Description = "Limit: Utf8JsonReader tokenize each line")]
    public int TokenizeOnly()
    {
        int tokens = 0;
        foreach (var line in Lines())
        {
            tokens += JsonTokens.Tokenize(stream.AsSpan(line));
        }
        return tokens;
    }

    [Benchmark(Description = "Library: IncidentNdjson.ReadAsync")]
    public async Task<int> Library()
    {
        int statements = 0;
        using var input = new MemoryStream(stream, writable: false);
        await foreach (var incident in IncidentNdjson.ReadAsync<Incident>(input, BenchmarkInputs.Serializer).ConfigureAwait(false))
        {
            statements += incident.Statements.Count;
        }
        return statements;
    }

    [Benchmark(Description = "Baseline: STJ reflection per line, plain DTOs")]
    public int SystemTextJsonReflection()
    {
        int statements = 0;
        foreach (var line in Lines())
        {
            statements += JsonSerializer.Deserialize<PlainIncidentDocument>(stream.AsSpan(line), PlainSerializers.SystemTextJson)!.Incident.Statements!.Count;
        }
        return statements;
    }

    [Benchmark(Description = "Baseline: Newtonsoft.Json multiple content, plain DTOs")]
    public int NewtonsoftJson()
    {
        int statements = 0;
        using var input = new MemoryStream(stream, writable: false);
        using var text = new StreamReader(input);
        using var json = new Newtonsoft.Json.JsonTextReader(text) { SupportMultipleContent = true };
        while (json.Read())
        {
            statements += PlainSerializers.NewtonsoftJson.Deserialize<PlainIncidentDocument>(json)!.Incident.Statements!.Count;
        }
        return statements;
    }

    private IEnumerable<Range> Lines()
    {
        int start = 0;
        while (start < stream.Length)
        {
            int end = Array.IndexOf(stream, (byte)'\n', start);
            end = end < 0 ? stream.Length : end;
            yield return start..end;
            start = end + 1;
        }
    }
}
