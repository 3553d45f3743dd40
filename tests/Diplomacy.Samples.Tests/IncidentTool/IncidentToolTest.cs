using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.Tests.IncidentTool;

/// <summary>
/// The incident tool run in-process, one partial class per command. Each test works in its own
/// temporary folder, writing its inputs with the library's serializer.
/// </summary>
public sealed partial class IncidentToolTest : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "incident-tool-tests", Guid.NewGuid().ToString("N"));

    public IncidentToolTest() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => Run(false, args);

    private static (int Exit, string Out, string Err) Run(bool interactive, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int exit = new Diplomacy.Samples.IncidentTool.IncidentTool(interactive).Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string PathOf(string name) => Path.Combine(folder, name);

    private string Write(string name, string text)
    {
        string path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteReport(string name, Report report) => Write(name, IncidentJsonSerializer.Default.Serialize(report) + "\n");

    // The 1-based line of the first occurrence of `text` in `json`.
    private static int LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
