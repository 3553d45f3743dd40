using System.Text.Json;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Samples.Tests.IncidentTool;

public sealed partial class IncidentToolTest
{
    [Fact]
    public void NoArguments_PrintsUsageToStandardError_BadUsage()
    {
        var (exit, stdout, stderr) = Run();
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains("incident-tool validate FILE...", stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public void Help_PrintsUsage_Success(string flag)
    {
        var (exit, stdout, stderr) = Run(flag);
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        foreach (string command in new[] { "validate FILE...", "compare A B [--json]", "schema", "convert IN OUT", "export --plover FILE [OUT]", "export --cameo FILE [OUT]", "import --gdelt FILE OUT", "Exit codes" })
        {
            Assert.Contains(command, stdout);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--validate")]
    [InlineData("VALIDATE")]
    public void UnknownCommand_BadUsage(string command)
    {
        var (exit, stdout, stderr) = Run(command, "a.json");
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Contains($"unknown command '{command}'", stderr);
        Assert.Contains("--help", stderr);
    }

    [Fact]
    public void Schema_PrintsTheShippedSchema_AsValidJson()
    {
        var (exit, stdout, stderr) = Run("schema");
        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(IncidentJsonSchema.Text, stdout);
        using var schema = JsonDocument.Parse(stdout);
        Assert.Equal(IncidentJsonSchema.Id, schema.RootElement.GetProperty("$id").GetString());
        Assert.True(schema.RootElement.GetProperty("$defs").TryGetProperty("reportComparison", out _));
    }

    [Fact]
    public void Schema_WithAnArgument_BadUsage()
    {
        Assert.Equal(2, Run("schema", "extra").Exit);
        Assert.Equal(2, Run("schema", "--json").Exit);
    }
}
