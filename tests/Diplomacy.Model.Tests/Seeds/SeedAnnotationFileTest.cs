using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;

namespace Diplomacy.Model.Tests.Seeds;

/// <summary>
/// The committed annotation files (seeds/NAME.report.json) are generated from the hand-built C#
/// fixtures, which are the source of truth; these tests keep the two from drifting apart.
/// </summary>
/// <remarks>
/// To regenerate the files after changing a fixture (or the serializer's output), run
/// <c>DIPLOMACY_UPDATE_SEEDS=1 dotnet test tests/Diplomacy.Model.Tests --filter SeedAnnotationFileTest</c>:
/// the golden test then writes each file into the repository's seeds/ folder (found by walking up from
/// the test binaries to the folder holding Diplomacy.Model.sln) instead of comparing. Review the diff,
/// rebuild (the library embeds the files) and run the tests again without the variable.
/// </remarks>
public class SeedAnnotationFileTest
{
    private const string UpdateVariable = "DIPLOMACY_UPDATE_SEEDS";

    [Theory]
    [MemberData(nameof(SeedFixtures.Names), MemberType = typeof(SeedFixtures))]
    public async Task AnnotationFile_IsExactlyTheSerializedFixture(string name)
    {
        var fixture = SeedFixtures.ByName[name]();
        // The layout IncidentFile writes: the serializer's bytes and one "\n".
        byte[] expected = [.. IncidentJsonSerializer.Default.SerializeToUtf8Bytes(fixture), (byte)'\n'];

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await IncidentFile.SaveAsync(Path.Combine(RepositoryRoot(), "seeds", name + ".report.json"), fixture);
            return;
        }

        byte[] committed = await File.ReadAllBytesAsync(SeedFixtures.AnnotationPath(name));
        Assert.True(expected.AsSpan().SequenceEqual(committed),
            $"seeds/{name}.report.json differs from the serialized fixture; regenerate it with {UpdateVariable}=1 (see the remarks on {nameof(SeedAnnotationFileTest)}).");
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Names), MemberType = typeof(SeedFixtures))]
    public async Task AnnotationFile_LoadsAsTheFixture(string name)
    {
        var loaded = await IncidentFile.LoadAsync<Report>(SeedFixtures.AnnotationPath(name));

        Assert.Equal(SeedFixtures.ByName[name](), loaded);
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Names), MemberType = typeof(SeedFixtures))]
    public async Task AnnotationFile_IsValidAgainstTheSchema(string name)
    {
        // NJsonSchema reads draft-2020-12 "$defs" as "definitions", as in SchemaTest.
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(IncidentJsonSchema.Text.Replace("$defs", "definitions", StringComparison.Ordinal));

        Assert.Empty(schema.Validate(await File.ReadAllTextAsync(SeedFixtures.AnnotationPath(name))));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.Model.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Diplomacy.Model.sln.");
    }
}
