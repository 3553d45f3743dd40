using System.Runtime.CompilerServices;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Interop;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// <c>import --gdelt FILE OUT</c>: streams a GDELT 2.0 event export (61 tab-separated columns, no header)
/// into OUT, a newline-delimited file of incidents, one per valid row (see <see cref="GdeltIncident"/>).
/// </summary>
/// <remarks>
/// Rows are read, mapped and written one at a time, so memory does not grow with the export. A bad row
/// does not stop the import: it is reported on standard error as <c>FILE line N: column C: message</c>
/// (<c>FILE line N: message</c> when the whole row is at fault, such as a wrong column count) and counted;
/// the good rows are still written, and the exit code is then 1. The summary
/// <c>imported N events, M bad rows</c> goes to standard output. OUT is written beside its place and moved
/// there at the end, so an unreadable FILE leaves no OUT.
/// </remarks>
internal sealed class ImportCommand(TextWriter stdout, TextWriter stderr)
{
    internal int Run(string[] args)
    {
        var files = Arguments.Exactly(args, 2, "import", "FILE and OUT", "--gdelt");
        if (!args.Contains("--gdelt", StringComparer.Ordinal))
        {
            throw new UsageException("'import' needs the format of FILE: --gdelt (a GDELT 2.0 event export).");
        }
        var (input, output) = (files[0], files[1]);
        if (!DocumentFile.IsNdjson(output))
        {
            throw new UsageException($"OUT ({output}) must end in .ndjson or .jsonl: the import writes one incident per line.");
        }
        if (Path.GetFullPath(input) == Path.GetFullPath(output))
        {
            throw new UsageException($"FILE and OUT are the same file ({input}).");
        }
        if (Directory.Exists(input))
        {
            throw new InputException($"{input}: is a folder, not a file.");
        }
        if (!File.Exists(input))
        {
            throw new InputException($"{input}: no such file.");
        }

        var counts = new Counts();
        OutputFile.Guard(output, () => OutputFile.WriteAsync(output, async stream =>
        {
            await using var export = Open(input);
            await IncidentNdjson.WriteAsync(stream, Incidents(input, export, counts), IncidentJsonSerializer.Default).ConfigureAwait(false);
        }));
        stdout.WriteLine($"imported {ValidateCommand.Count(counts.Events, "event")}, {ValidateCommand.Count(counts.BadRows, "bad row")}");
        return counts.BadRows == 0 ? ExitCode.Success : ExitCode.InvalidInput;
    }

    // One incident per valid row, as the rows are read; bad rows are reported and counted, not yielded.
    private async IAsyncEnumerable<Incident> Incidents(string input, Stream export, Counts counts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = GdeltEventReader.ReadAsync(export, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (rows.ConfigureAwait(false))
        {
            while (await NextAsync(input, rows).ConfigureAwait(false))
            {
                var row = rows.Current;
                if (!row.IsValid)
                {
                    Bad(input, row.Error);
                    counts.BadRows++;
                    continue;
                }
                Incident incident;
                try
                {
                    incident = GdeltIncident.From(row.Event);
                }
                catch (ArgumentException e)
                {
                    // A row the reader accepts but the model cannot hold; reported like any bad row.
                    Bad(input, new GdeltRowError(row.LineNumber, null, e.Message));
                    counts.BadRows++;
                    continue;
                }
                counts.Events++;
                yield return incident;
            }
        }
    }

    private void Bad(string input, GdeltRowError error) =>
        stderr.WriteLine(error.Column is null
            ? $"{input} line {error.LineNumber}: {error.Message}"
            : $"{input} line {error.LineNumber}: column {error.Column}: {error.Message}");

    private static FileStream Open(string input)
    {
        try
        {
            return new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{input}: cannot be read: {e.Message}", e);
        }
    }

    // A read failure is the input's, not the output's: name FILE, not OUT.
    private static async Task<bool> NextAsync(string input, IAsyncEnumerator<GdeltRow> rows)
    {
        try
        {
            return await rows.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{input}: cannot be read: {e.Message}", e);
        }
    }

    private sealed class Counts
    {
        internal int Events { get; set; }

        internal int BadRows { get; set; }
    }
}
