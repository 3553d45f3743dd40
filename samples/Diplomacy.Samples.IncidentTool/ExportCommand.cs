using Diplomacy.Model.Incidents;
using Diplomacy.Model.Interop;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// <c>export --plover FILE [OUT]</c> and <c>export --cameo FILE [OUT]</c>: the coded facts of the incidents
/// in FILE (incident or report documents; of a report, its account), as PLOVER JSON lines or as CAMEO
/// tab-separated rows with a header, written to OUT or, without OUT, to standard output.
/// </summary>
/// <remarks>
/// The whole output is made before any of it is written, so a fact the exporters cannot code leaves
/// neither a partial OUT nor partial standard output. Lines end in "\n" on every platform.
/// </remarks>
internal sealed class ExportCommand(TextWriter stdout)
{
    private const string Plover = "--plover";
    private const string Cameo = "--cameo";

    internal int Run(string[] args)
    {
        var operands = Arguments.Operands(args, "export", Plover, Cameo);
        bool plover = args.Contains(Plover, StringComparer.Ordinal);
        if (plover == args.Contains(Cameo, StringComparer.Ordinal))
        {
            throw new UsageException($"'export' needs exactly one format: {Plover} or {Cameo}.");
        }
        if (operands.Count is < 1 or > 2)
        {
            throw new UsageException($"'export' needs FILE and, optionally, OUT; got {operands.Count} argument{(operands.Count == 1 ? "" : "s")}.");
        }
        string input = operands[0];
        string? output = operands.Count == 2 ? operands[1] : null;
        if (output is not null && Path.GetFullPath(input) == Path.GetFullPath(output))
        {
            throw new UsageException($"FILE and OUT are the same file ({input}).");
        }

        var incidents = DocumentFile.ReadAll(input).Select(document => document.Value switch
        {
            Incident incident => incident,
            Report report => report.Account,
            _ => throw new InputException($"{input}: is {DocumentFile.Describe(document.Kind)} document; export needs incident or report documents."),
        }).ToList();
        var (text, count) = Export(input, incidents, plover);

        if (output is null)
        {
            stdout.Write(text);
            return ExitCode.Success;
        }
        OutputFile.Guard(output, () => OutputFile.WriteTextAsync(output, text));
        stdout.WriteLine($"Wrote {output} ({count}).");
        return ExitCode.Success;
    }

    private static (string Text, string Count) Export(string input, List<Incident> incidents, bool plover)
    {
        try
        {
            if (plover)
            {
                var lines = incidents.SelectMany(PloverExporter.Export).Select(PloverJsonWriter.ToJson).ToList();
                return (string.Concat(lines.Select(line => line + "\n")), ValidateCommand.Count(lines.Count, "PLOVER record"));
            }
            var rows = incidents.SelectMany(CameoExporter.Export).ToList();
            using var text = new StringWriter();
            CameoTsvWriter.WriteAsync(rows, text).GetAwaiter().GetResult();
            return (text.ToString(), ValidateCommand.Count(rows.Count, "CAMEO row"));
        }
        catch (ArgumentException e)
        {
            throw new InputException($"{input}: cannot be exported: {e.Message}", e);
        }
    }
}
