using System.Buffers;
using System.Runtime.CompilerServices;
using Diplomacy.Model.Serialization.Mapping;

namespace Diplomacy.Model.Serialization;

/// <summary>
/// Newline-delimited JSON: a stream of documents of one kind (incidents, statements, or any type
/// <see cref="IncidentJsonSerializer.Supports"/>), one compact document per line, each line ending
/// in "\n". Reading and writing hold one document at a time, however long the stream.
/// </summary>
/// <remarks>
/// Reading is as strict as for single documents; an error names the line of the stream. Empty lines
/// (and a final line end) are skipped; "\r\n" line ends are accepted; a UTF-8 byte-order mark at the
/// start of the stream is ignored. A line longer than <see cref="IncidentJsonOptions.MaxDocumentBytes"/>
/// fails without being buffered in full.
/// </remarks>
public static class IncidentNdjson
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>Writes the values to the stream, one compact document per line. The stream is left open.</summary>
    /// <typeparam name="T">Incident, Statement, or another supported type.</typeparam>
    /// <param name="stream">Where to write.</param>
    /// <param name="values">The values, in order.</param>
    /// <param name="serializer">The serializer (its limits apply; lines are always compact), or null for the default.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every value is written and the stream is flushed.</returns>
    public static async Task WriteAsync<T>(Stream stream, IAsyncEnumerable<T> values, IncidentJsonSerializer? serializer = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(values);
        var codec = ConceptCodec.For<T>();
        var context = (serializer ?? IncidentJsonSerializer.Default).CompactContext;
        await foreach (var value in values.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(value, nameof(values));
            await stream.WriteAsync(codec.Write(value, context), cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
        }
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the values to the stream, one compact document per line. The stream is left open.</summary>
    /// <typeparam name="T">Incident, Statement, or another supported type.</typeparam>
    /// <param name="stream">Where to write.</param>
    /// <param name="values">The values, in order.</param>
    /// <param name="serializer">The serializer, or null for the default.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every value is written and the stream is flushed.</returns>
    public static Task WriteAsync<T>(Stream stream, IEnumerable<T> values, IncidentJsonSerializer? serializer = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(values);
        return WriteAsync(stream, values.ToAsyncEnumerable(), serializer, cancellationToken);
    }

    /// <summary>Reads the values of a newline-delimited stream, one line at a time. The stream is left open.</summary>
    /// <typeparam name="T">Incident, Statement, or another supported type.</typeparam>
    /// <param name="stream">The stream to read.</param>
    /// <param name="serializer">The serializer whose limits apply, or null for the default.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The values, in order; enumeration throws <see cref="IncidentFormatException"/> at the first bad line.</returns>
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, IncidentJsonSerializer? serializer = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var codec = ConceptCodec.For<T>();
        serializer ??= IncidentJsonSerializer.Default;
        long limit = serializer.Options.MaxDocumentBytes;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int start = 0;
            int end = 0;
            int scanned = 0;
            long lineNumber = 1;
            bool eof = false;
            bool first = true;
            while (true)
            {
                int newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
                if (newline < 0 && !eof)
                {
                    scanned = end;
                    if (end - start > limit)
                    {
                        throw new IncidentFormatException(
                            $"Line {lineNumber} is longer than the limit of {limit} bytes (IncidentJsonOptions.MaxDocumentBytes)", "$", lineNumber, null);
                    }
                    // Make room: move the partial line to the front, or grow up to the limit.
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        (end, scanned, start) = (end - start, scanned - start, 0);
                    }
                    if (end == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 2));
                        Buffer.BlockCopy(buffer, 0, larger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    int read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    eof = read == 0;
                    end += read;
                    continue;
                }
                int lineEnd = newline < 0 ? end : scanned + newline;
                var line = buffer.AsMemory(start, lineEnd - start);
                if (first && line.Span.StartsWith("\uFEFF"u8))
                {
                    line = line[3..];
                }
                first = false;
                if (line.Span.EndsWith("\r"u8))
                {
                    line = line[..^1];
                }
                if (line.Length > limit)
                {
                    throw new IncidentFormatException(
                        $"Line {lineNumber} is longer than the limit of {limit} bytes (IncidentJsonOptions.MaxDocumentBytes)", "$", lineNumber, null);
                }
                if (!line.IsEmpty)
                {
                    yield return (T)IncidentJsonSerializer.Read(codec, line.Span, serializer.CompactContext, serializer.Options.MaxDepth, lineNumber - 1);
                }
                if (newline < 0)
                {
                    yield break;
                }
                lineNumber++;
                start = scanned = lineEnd + 1;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
