using System.Text;
using System.Text.RegularExpressions;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Seeds;

public sealed partial class SeedLoaderTest : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("seed-loader-test-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void BundledNames_AreBothSeeds_InFileNameOrder()
    {
        Assert.Equal(["000_4a349343ccaee4b6", "001_fed66e88e93c876f"], SeedLoader.Default.BundledNames);
    }

    [Fact]
    public void Bundled_AreEmbeddedResources_UnderStableNames()
    {
        var resources = typeof(SeedLoader).Assembly.GetManifestResourceNames();

        Assert.Contains("Diplomacy.Model.Seeds.000_4a349343ccaee4b6.txt", resources);
        Assert.Contains("Diplomacy.Model.Seeds.000_4a349343ccaee4b6.report.json", resources);
        Assert.Contains("Diplomacy.Model.Seeds.001_fed66e88e93c876f.txt", resources);
        Assert.Contains("Diplomacy.Model.Seeds.001_fed66e88e93c876f.report.json", resources);
    }

    [Fact]
    public void LoadBundled_GivesTheFixtures_WithTheExactTexts()
    {
        // Read from the assembly only: a fresh loader, no path given anywhere.
        var seeds = new SeedLoader().LoadBundled();

        Assert.Equal(SeedFixtures.ByName.Keys.Order(StringComparer.Ordinal), seeds.Select(s => s.Name));
        foreach (var seed in seeds)
        {
            Assert.Equal(SeedFixtures.ByName[seed.Name](), seed.Report);
            // Byte for byte the file in seeds/: no newline normalization, no byte-order mark dropped.
            Assert.Equal(File.ReadAllBytes(SeedFixtures.TextPath(seed.Name)), Encoding.UTF8.GetBytes(seed.Text));
            Assert.True(seed.Source.ContentHash.Matches(seed.Text));
            Assert.Null(seed.Source.Publisher);
            Assert.Null(seed.Source.PublicationDate);
        }
    }

    [Fact]
    public void LoadBundled_ByName_IsTheSameSeed_AndSharedByTheLoader()
    {
        var loader = new SeedLoader();

        var seed = loader.LoadBundled("001_fed66e88e93c876f");

        Assert.Equal(SeedReport001.SourceId, seed.Source.Id);
        Assert.Same(seed, loader.LoadBundled()[1]);
    }

    [Fact]
    public void LoadBundled_UnknownName_NamesTheBundledSeeds()
    {
        var error = Assert.Throws<ArgumentException>("name", () => SeedLoader.Default.LoadBundled("002_nope"));

        Assert.Contains("002_nope", error.Message, StringComparison.Ordinal);
        Assert.Contains("000_4a349343ccaee4b6, 001_fed66e88e93c876f", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeedFixtures.Names), MemberType = typeof(SeedFixtures))]
    public async Task Load_FromFiles_EqualsTheBundledSeed(string name)
    {
        var bundled = SeedLoader.Default.LoadBundled(name);

        var loaded = SeedLoader.Default.Load(SeedFixtures.TextPath(name), SeedFixtures.AnnotationPath(name));
        var loadedAsync = await SeedLoader.Default.LoadAsync(SeedFixtures.TextPath(name), SeedFixtures.AnnotationPath(name));

        Assert.Equal(bundled, loaded);
        Assert.Equal(bundled, loadedAsync);
        Assert.Equal(name, loaded.Name);
    }

    [Fact]
    public async Task Load_TamperedSpan_FailsNamingThePathAndOffsets()
    {
        const string name = "000_4a349343ccaee4b6";
        string json = File.ReadAllText(SeedFixtures.AnnotationPath(name));
        // Shift the first span by one code point: the JSON stays valid, the quote no longer sits there.
        var first = FirstStart().Match(json);
        int start = int.Parse(first.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
        string tampered = json[..first.Groups["start"].Index] + (start + 1) + json[(first.Groups["start"].Index + first.Groups["start"].Length)..];
        string annotation = Path.Combine(folder, name + ".report.json");
        File.WriteAllText(annotation, tampered);

        var error = Assert.Throws<SeedVerificationException>(() => SeedLoader.Default.Load(SeedFixtures.TextPath(name), annotation));
        var asyncError = await Assert.ThrowsAsync<SeedVerificationException>(() => SeedLoader.Default.LoadAsync(SeedFixtures.TextPath(name), annotation));

        // The first span of the file is the first alias of the first actor ("North Korea").
        Assert.Equal("$.report.actors[0].aliases[0].provenance.attributions[0].span", error.JsonPath);
        Assert.Equal(SeedReport000.SourceId, error.SourceId);
        Assert.Equal(new TextSpan(start + 1, "North Korea"), error.Span);
        Assert.Contains(error.JsonPath, error.Message, StringComparison.Ordinal);
        Assert.Contains($"[{start + 1}..{start + 1 + "North Korea".Length})", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected \"North Korea\", the text there is \"orth Korea'\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(error.Message, asyncError.Message);
    }

    [Fact]
    public void Load_ChangedText_FailsOnTheHash()
    {
        const string name = "001_fed66e88e93c876f";
        string original = File.ReadAllText(SeedFixtures.TextPath(name));
        // One character changed, far from any offset: only the hash can tell.
        string changed = original[..^1] + (original[^1] == '.' ? '!' : '.');
        string textPath = Path.Combine(folder, name + ".txt");
        File.WriteAllText(textPath, changed);

        var error = Assert.Throws<SeedVerificationException>(() => SeedLoader.Default.Load(textPath, SeedFixtures.AnnotationPath(name)));

        Assert.Equal("$.report.sources[0].contentHash", error.JsonPath);
        Assert.Null(error.Span);
        Assert.Equal(SeedReport001.SourceId, error.SourceId);
        Assert.Contains("src:001", error.Message, StringComparison.Ordinal);
        Assert.Contains(ContentHash.Of(original).ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(ContentHash.Of(changed).ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SpanPastTheEndOfTheText_SaysSo()
    {
        // Verify takes any text and report; here a report on a text cut short (its hash re-recorded).
        var report = SeedReport000.Build();
        string cut = SeedReport000.ReadText()[..100];
        var source = report.Source;
        var recut = new Model.Incidents.Report(report.Account.WithSources([
            new Source(source.Id, source.Kind, source.Language, ContentHash.Of(cut), source.Headline)]));

        var error = Assert.Throws<SeedVerificationException>(() => SeedLoader.Default.Verify(cut, recut));

        Assert.Contains("past the end of the text (100 code points)", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Span);
        Assert.True(error.Span.End > 100);
    }

    [Fact]
    public void Verify_NamesTheSeedAfterTheSource()
    {
        var seed = SeedLoader.Default.Verify(SeedReport000.ReadText(), SeedReport000.Build());

        Assert.Equal("src:000", seed.Name);
    }

    [GeneratedRegex("\"start\": (?<start>[0-9]+)")]
    private static partial Regex FirstStart();
}
