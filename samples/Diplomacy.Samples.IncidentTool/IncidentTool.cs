using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// The command-line tool for incident files: parses the command, runs it, and turns every outcome
/// into an exit code (see <see cref="ExitCode"/>). It writes only to the writers it is given, so
/// tests run it in-process.
/// </summary>
/// <param name="interactive">Whether standard output is a terminal: tables are drawn with Spectre.Console; otherwise output is plain text.</param>
internal sealed class IncidentTool(bool interactive = false)
{
    internal const string Usage = """
        incident-tool: check, compare, convert, export and import files of the incident JSON format (version 1.0).

        Usage:
          incident-tool validate FILE...       Read each file strictly (an incident or report document, or a
                                               comparison; NDJSON when it ends in .ndjson or .jsonl). Prints
                                               "OK FILE (…)" or the error with its JSON path and line, and the
                                               plausibility findings of each incident as warnings.
          incident-tool compare A B [--json]   Compare two report documents: a table of aspect, report A,
                                               report B, verdict and cited spans, or the comparison document
                                               with --json.
          incident-tool schema                 Print the JSON Schema of the format.
          incident-tool convert IN OUT         Convert between JSON and NDJSON, by extension (.ndjson or .jsonl
                                               is NDJSON). A .json file holds exactly one document.
          incident-tool export --plover FILE [OUT]
                                               Write the coded facts of FILE (incident or report documents)
                                               as PLOVER JSON lines, to OUT or standard output.
          incident-tool export --cameo FILE [OUT]
                                               The same as CAMEO tab-separated rows, after a header line
                                               (id, date, source, target, event_code, goldstein).
          incident-tool import --gdelt FILE OUT
                                               Stream a GDELT 2.0 event export (61 tab-separated columns, no
                                               header) into OUT (.ndjson or .jsonl): one incident per valid
                                               row, with the row as its source, the CAMEO-coded event, and a
                                               state for each actor whose country code is an ISO 3166-1
                                               alpha-3 code (other actors are left out, as the event's
                                               description says). Bad rows go to standard error as
                                               "FILE line N: column C: message"; the good rows are still
                                               written. Ends with "imported N events, M bad rows".
          incident-tool --help                 Print this text.

        Exit codes: 0 success; 1 invalid input (the message names the file, JSON path and line; a missing
        file is invalid input; for import, any bad row, even though the good rows are written); 2 bad
        usage (unknown command or option, missing or extra arguments).

        """;

    /// <summary>Runs the command in <paramref name="args"/>.</summary>
    /// <param name="args">The command and its arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors, warnings and usage after a mistake go.</param>
    /// <returns>The exit code.</returns>
    internal int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            stderr.Write(Usage);
            return ExitCode.BadUsage;
        }
        try
        {
            var rest = args[1..];
            return args[0] switch
            {
                "--help" or "-h" or "help" => Help(rest, stdout),
                "validate" => new ValidateCommand(stdout, stderr).Run(rest),
                "compare" => new CompareCommand(stdout, interactive).Run(rest),
                "schema" => Schema(rest, stdout),
                "convert" => new ConvertCommand(stdout).Run(rest),
                "export" => new ExportCommand(stdout).Run(rest),
                "import" => new ImportCommand(stdout, stderr).Run(rest),
                _ => throw new UsageException($"unknown command '{args[0]}'; the commands are validate, compare, schema, convert, export and import."),
            };
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine("Run 'incident-tool --help' for usage.");
            return ExitCode.BadUsage;
        }
        catch (InputException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitCode.InvalidInput;
        }
    }

    private static int Help(string[] rest, TextWriter stdout)
    {
        Arguments.Exactly(rest, 0, "--help");
        stdout.Write(Usage);
        return ExitCode.Success;
    }

    private static int Schema(string[] rest, TextWriter stdout)
    {
        Arguments.Exactly(rest, 0, "schema");
        stdout.Write(IncidentJsonSchema.Text);
        return ExitCode.Success;
    }
}
