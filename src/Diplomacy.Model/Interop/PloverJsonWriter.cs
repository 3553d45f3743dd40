using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomacy.Model.Utility;
using NodaTime.Text;

namespace Diplomacy.Model.Interop;

/// <summary>
/// Writes PLOVER records as JSON with PLOVER's snake_case field names, as newline-delimited JSON
/// (one record per line, as the PLOVER specification suggests), deterministically: the same
/// records always give the same bytes.
/// </summary>
/// <remarks>
/// <para>Fields are written in this order, and an absent value is left out, except <c>date</c>,
/// which PLOVER requires and which is written as <c>null</c> when unresolved:
/// <c>id</c>, <c>date</c>, <c>enddate</c>, <c>date_text</c>, <c>source</c>, <c>recipient</c>,
/// <c>event</c>, <c>quad_code</c>, <c>mode</c>, <c>context</c>, <c>event_text</c>, <c>cite_info</c>.
/// <c>source</c> and <c>recipient</c> are lists of actor objects (<c>code</c>, <c>sector</c>,
/// <c>actor_text</c>, <c>identifier_id</c>, <c>office</c>); <c>event</c>, <c>mode</c>,
/// <c>context</c> and <c>event_text</c> are lists; <c>cite_info</c> is an object (<c>citation</c>,
/// <c>title</c>, <c>publication</c>, <c>url</c>, <c>language</c>). <c>date_text</c> is an
/// extension field, as PLOVER allows: the source's own words for the time.</para>
/// <para>Text is UTF-8 with only the characters JSON requires escaped, so quotations stay readable;
/// the output is meant for files and pipelines, not for embedding in HTML.</para>
/// </remarks>
public static class PloverJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Writes <paramref name="records"/> to <paramref name="stream"/>, one JSON object per line, each line ending in <c>\n</c>.</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="cancellationToken">Cancels between records.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task WriteLinesAsync(IEnumerable<PloverRecord> records, Stream stream, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(records);
        Preconditions.CheckNotNull(stream);
        await using var writer = new Utf8JsonWriter(stream, Options);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(writer, record);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            writer.Reset();
            await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The record as one line of JSON, without a line end.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string ToJson(PloverRecord record)
    {
        Preconditions.CheckNotNull(record);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, record);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes <paramref name="record"/> as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Utf8JsonWriter writer, PloverRecord record)
    {
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckNotNull(record);
        writer.WriteStartObject();
        writer.WriteString("id", record.Id);
        if (record.Date is { } date)
        {
            writer.WriteString("date", LocalDatePattern.Iso.Format(date));
        }
        else
        {
            writer.WriteNull("date");
        }
        if (record.EndDate is { } endDate)
        {
            writer.WriteString("enddate", LocalDatePattern.Iso.Format(endDate));
        }
        WriteOptional(writer, "date_text", record.DateText);
        WriteActors(writer, "actor", record.Actors);
        WriteActors(writer, "recipient", record.Recipients);
        writer.WriteStartArray("event");
        writer.WriteStringValue(record.Coding.Type.ToString().ToUpperInvariant());
        writer.WriteEndArray();
        writer.WriteNumber("quad_code", record.QuadCode);
        WriteList(writer, "mode", record.Coding.Mode is null ? [] : [record.Coding.Mode]);
        WriteList(writer, "context", record.Coding.Context is null ? [] : [record.Coding.Context]);
        WriteList(writer, "event_text", record.EventText);
        if (record.CiteInfo is { } cite)
        {
            writer.WriteStartObject("cite_info");
            writer.WriteString("citation", cite.Citation);
            WriteOptional(writer, "title", cite.Title);
            WriteOptional(writer, "publication", cite.Publication);
            WriteOptional(writer, "url", cite.Url?.AbsoluteUri);
            WriteOptional(writer, "language", cite.Language);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteActors(Utf8JsonWriter writer, string name, EquatableArray<PloverActor> actors)
    {
        if (actors.IsEmpty)
        {
            return;
        }
        writer.WriteStartArray(name);
        foreach (var actor in actors)
        {
            writer.WriteStartObject();
            WriteOptional(writer, "code", actor.Code);
            WriteOptional(writer, "sector", actor.Sector);
            writer.WriteString("actor_text", actor.ActorText);
            WriteOptional(writer, "identifier_id", actor.IdentifierId?.Value);
            WriteOptional(writer, "office", actor.Office);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
