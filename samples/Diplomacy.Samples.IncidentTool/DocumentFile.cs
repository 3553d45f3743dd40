using System.Text.Json;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>Which document of the format a value was read from, named by its envelope member.</summary>
internal enum DocumentKind
{
    Incident,
    Report,
    Comparison,
}

/// <summary>One document read from a file: its kind and the model value (an Incident, Report or ReportComparison).</summary>
internal sealed record Document(DocumentKind Kind, object Value);

/// <summary>
/// Reads and writes the documents of one file. A file ending in .ndjson or .jsonl is a newline-delimited
/// stream (one compact document per line); any other file holds one document. The kind of document is
/// told by its envelope member ("incident", "report" or "comparison"); reading is then the library's
/// strict reading, whose errors name the JSON path and line.
/// </summary>
internal static class DocumentFile
{
    private static readonly IncidentJsonSerializer Serializer = IncidentJsonSerializer.Default;

    internal static bool IsNdjson(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".ndjson" or ".jsonl";

    /// <summary>Every document in the file, in order.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, or not valid.</exception>
    internal static IReadOnlyList<Document> ReadAll(string path) =>
        Guard(path, () => IsNdjson(path) ? ReadLines(path) : [ReadJson(path)]);

    /// <summary>The one document of the file; a newline-delimited file must hold exactly one.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, not valid, or holds another number of documents.</exception>
    internal static Document ReadSingle(string path)
    {
        var documents = ReadAll(path);
        return documents.Count == 1
            ? documents[0]
            : throw new InputException($"{path}: holds {documents.Count} documents (one per line); exactly one is needed here.");
    }

    /// <summary>Reads the one report in the file.</summary>
    /// <exception cref="InputException">The file is not a report document.</exception>
    internal static Report ReadReport(string path) => ReadSingle(path) switch
    {
        { Value: Report report } => report,
        var other => throw new InputException($"{path}: is {Describe(other.Kind)} document; a report document (\"report\": one source's account) is needed."),
    };

    /// <summary>Writes the documents to the file: one indented document, or one compact document per line.</summary>
    internal static void Write(string path, IReadOnlyList<Document> documents)
    {
        if (!IsNdjson(path))
        {
            var document = documents.Count == 1 ? documents[0] : throw new InvalidOperationException("A JSON file holds exactly one document.");
            Run(document.Value switch
            {
                Report report => IncidentFile.SaveAsync(path, report, Serializer),
                ReportComparison comparison => IncidentFile.SaveAsync(path, comparison, Serializer),
                var value => IncidentFile.SaveAsync(path, (Incident)value, Serializer),
            });
            return;
        }
        // Like IncidentFile.SaveAsync: write beside the target, then move it over, so a failure leaves the old file.
        var kind = documents.Count == 0 ? DocumentKind.Incident : documents[0].Kind;
        Run(OutputFile.WriteAsync(path, stream => kind switch
        {
            DocumentKind.Report => IncidentNdjson.WriteAsync(stream, documents.Select(d => (Report)d.Value), Serializer),
            DocumentKind.Comparison => IncidentNdjson.WriteAsync(stream, documents.Select(d => (ReportComparison)d.Value), Serializer),
            _ => IncidentNdjson.WriteAsync(stream, documents.Select(d => (Incident)d.Value), Serializer),
        }));
    }

    internal static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Incident => "an incident",
        DocumentKind.Report => "a report",
        _ => "a comparison",
    };

    private static Document ReadJson(string path)
    {
        byte[] json = File.ReadAllBytes(path);
        var kind = Detect(json);
        return new Document(kind, kind switch
        {
            DocumentKind.Report => Serializer.Deserialize<Report>(json),
            DocumentKind.Comparison => Serializer.Deserialize<ReportComparison>(json),
            _ => Serializer.Deserialize<Incident>(json),
        });
    }

    // The kind of the first non-empty line decides how every line is read (a stream holds one kind).
    private static List<Document> ReadLines(string path)
    {
        string? first;
        using (var reader = new StreamReader(path))
        {
            do
            {
                first = reader.ReadLine();
            }
            while (first is not null && string.IsNullOrWhiteSpace(first));
        }
        if (first is null)
        {
            return [];
        }
        var kind = Detect(System.Text.Encoding.UTF8.GetBytes(first));
        using var stream = File.OpenRead(path);
        return kind switch
        {
            DocumentKind.Report => [.. IncidentNdjson.ReadAsync<Report>(stream, Serializer).ToBlockingEnumerable().Select(r => new Document(kind, r))],
            DocumentKind.Comparison => [.. IncidentNdjson.ReadAsync<ReportComparison>(stream, Serializer).ToBlockingEnumerable().Select(c => new Document(kind, c))],
            _ => [.. IncidentNdjson.ReadAsync<Incident>(stream, Serializer).ToBlockingEnumerable().Select(i => new Document(kind, i))],
        };
    }

    // Looks only for the envelope member; anything else (malformed JSON included) is read as an
    // incident document, so the strict reader reports exactly what is wrong and where.
    private static DocumentKind Detect(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Serializer.Options.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return DocumentKind.Incident;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("report"u8))
                {
                    return DocumentKind.Report;
                }
                if (reader.ValueTextEquals("comparison"u8))
                {
                    return DocumentKind.Comparison;
                }
                if (reader.ValueTextEquals("incident"u8))
                {
                    return DocumentKind.Incident;
                }
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return DocumentKind.Incident;
    }

    private static T Guard<T>(string path, Func<T> read)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a folder, not a file.");
        }
        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such file.");
        }
        try
        {
            return read();
        }
        catch (IncidentFormatException e)
        {
            throw new InputException($"{path}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    private static void Run(Task task) => task.GetAwaiter().GetResult();
}
