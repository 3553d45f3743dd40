using System.Text;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Serialization;

public class NdjsonAndFileTest
{
    [Fact]
    public async Task IncidentsStreamRoundTrip()
    {
        var incidents = Enumerable.Range(1, 12).Select(s => new IncidentGenerator(s).Incident()).ToList();
        using var stream = new MemoryStream();
        await IncidentNdjson.WriteAsync(stream, incidents);
        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(incidents.Count, text.Count(c => c == '\n'));
        Assert.EndsWith("}\n", text);
        stream.Position = 0;
        var back = await IncidentNdjson.ReadAsync<Incident>(stream).ToListAsync();
        Assert.Equal(incidents, back);
    }

    [Fact]
    public async Task StatementsStreamRoundTripThroughSmallBuffers()
    {
        var statements = new IncidentGenerator(4).Incident().Statements.ToList();
        using var stream = new MemoryStream();
        await IncidentNdjson.WriteAsync(stream, statements);
        stream.Position = 0;
        // A stream that hands out a few bytes at a time exercises lines split across reads.
        var back = await IncidentNdjson.ReadAsync<Statement>(new TrickleStream(stream)).ToListAsync();
        Assert.Equal(statements, back);
    }

    [Fact]
    public async Task BadLineThreeIsNamed()
    {
        var incidents = Enumerable.Range(1, 4).Select(s => new IncidentGenerator(s).Incident()).ToList();
        using var stream = new MemoryStream();
        await IncidentNdjson.WriteAsync(stream, incidents);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        lines[2] = lines[2].Replace("\"title\":", "\"colour\":\"red\",\"title\":", StringComparison.Ordinal);
        using var bad = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));
        var read = new List<Incident>();
        var e = await Assert.ThrowsAsync<IncidentFormatException>(async () =>
        {
            await foreach (var incident in IncidentNdjson.ReadAsync<Incident>(bad))
            {
                read.Add(incident);
            }
        });
        Assert.Equal(2, read.Count);
        Assert.Equal(3, e.LineNumber);
        Assert.Equal("$.incident.colour", e.JsonPath);
        Assert.Contains("(line 3, position", e.Message);
    }

    [Fact]
    public async Task SemanticErrorOnLineTwoIsNamed()
    {
        string line = RoundTripTest.Compact.Serialize(new IncidentGenerator(1).Incident());
        string broken = line.Replace("\"sendingState\":\"kor\"", "\"sendingState\":\"ri\"", StringComparison.Ordinal);
        Assert.NotEqual(line, broken);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n" + broken + "\n"));
        var e = await Assert.ThrowsAsync<IncidentFormatException>(async () => await IncidentNdjson.ReadAsync<Incident>(stream).ToListAsync());
        Assert.Equal(2, e.LineNumber);
        Assert.Contains(".sendingState", e.JsonPath);
    }

    [Fact]
    public async Task OverlongLineFailsWithoutBufferingIt()
    {
        var serializer = new IncidentJsonSerializer(new IncidentJsonOptions(maxDocumentBytes: 4096));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"x\":\"" + new string('a', 1_000_000) + "\"}\n"));
        var e = await Assert.ThrowsAsync<IncidentFormatException>(async () => await IncidentNdjson.ReadAsync<Statement>(stream, serializer).ToListAsync());
        Assert.Equal(1, e.LineNumber);
        Assert.True(stream.Position < 200_000, $"read {stream.Position} bytes");
    }

    [Fact]
    public async Task EmptyStreamAndBlankLinesGiveNothing()
    {
        Assert.Empty(await IncidentNdjson.ReadAsync<Incident>(new MemoryStream()).ToListAsync());
        Assert.Empty(await IncidentNdjson.ReadAsync<Incident>(new MemoryStream("\n\r\n\n"u8.ToArray())).ToListAsync());
    }

    [Fact]
    public async Task FileSaveIsAtomicAndLoads()
    {
        string folder = Directory.CreateTempSubdirectory("incident-file-").FullName;
        try
        {
            string path = Path.Combine(folder, "incident.json");
            var first = new IncidentGenerator(1).Incident();
            var second = new IncidentGenerator(2).Incident();
            await IncidentFile.SaveAsync(path, first);
            await IncidentFile.SaveAsync(path, second);
            Assert.Equal(second, await IncidentFile.LoadAsync<Incident>(path));
            Assert.Equal([path], Directory.GetFiles(folder));
            Assert.EndsWith("}\n", await File.ReadAllTextAsync(path));

            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => IncidentFile.SaveAsync(path, first, cancellationToken: cancelled.Token));
            Assert.Equal(second, await IncidentFile.LoadAsync<Incident>(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class TrickleStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 7));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
