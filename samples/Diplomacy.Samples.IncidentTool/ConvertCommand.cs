namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// <c>convert IN OUT</c>: rewrites the documents of IN in the form OUT's extension asks for: a file
/// ending in .ndjson or .jsonl gets one compact document per line; any other file gets one indented
/// document, so IN must then hold exactly one. Same-form conversions rewrite the file canonically.
/// </summary>
internal sealed class ConvertCommand(TextWriter stdout)
{
    internal int Run(string[] args)
    {
        var files = Arguments.Exactly(args, 2, "convert", "IN and OUT");
        var (input, output) = (files[0], files[1]);
        if (Path.GetFullPath(input) == Path.GetFullPath(output))
        {
            throw new UsageException($"IN and OUT are the same file ({input}).");
        }
        var documents = DocumentFile.ReadAll(input);
        if (!DocumentFile.IsNdjson(output) && documents.Count != 1)
        {
            throw new InputException(
                $"{input}: holds {ValidateCommand.Count(documents.Count, "document")} (one per line); a JSON file such as {output} holds exactly one. Write to a .ndjson file instead.");
        }
        try
        {
            DocumentFile.Write(output, documents);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{output}: cannot be written: {e.Message}", e);
        }
        stdout.WriteLine($"Wrote {output} ({ValidateCommand.Count(documents.Count, "document")}{(DocumentFile.IsNdjson(output) ? ", one per line" : "")}).");
        return ExitCode.Success;
    }
}
