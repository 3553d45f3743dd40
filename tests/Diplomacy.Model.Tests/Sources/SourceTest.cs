using Diplomacy.Model.Sources;
using NodaTime;

namespace Diplomacy.Model.Tests.Sources;

public class SourceTest
{
    private static readonly ContentHash Hash = new(new string('0', 64));

    [Theory]
    [InlineData("")]
    [InlineData("english")]
    [InlineData("en ")]
    [InlineData("1a")]
    public void Constructor_BadLanguage_ThrowsNamingLanguage(string language)
    {
        Assert.Equal("language", Assert.Throws<ArgumentException>(() => new Source(new("s"), SourceKind.NewsReport, language, Hash)).ParamName);
    }

    [Fact]
    public void Constructor_BlankOptionalTexts_ThrowNamingThem()
    {
        Assert.Equal("headline", Assert.Throws<ArgumentException>(() => new Source(new("s"), SourceKind.NewsReport, "en", Hash, headline: " ")).ParamName);
        Assert.Equal("publisher", Assert.Throws<ArgumentException>(() => new Source(new("s"), SourceKind.NewsReport, "en", Hash, publisher: "")).ParamName);
        Assert.Equal("dateline", Assert.Throws<ArgumentException>(() => new Source(new("s"), SourceKind.NewsReport, "en", Hash, dateline: "\t")).ParamName);
    }

    [Fact]
    public void Constructor_NullHashOrUndefinedKind_Throws()
    {
        Assert.Equal("contentHash", Assert.Throws<ArgumentNullException>(() => new Source(new("s"), SourceKind.NewsReport, "en", null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Source(new("s"), (SourceKind)42, "en", Hash)).ParamName);
    }

    [Fact]
    public void WithPublicationDate_ChangesOnlyTheDate()
    {
        var original = TestData.Source();

        var dated = original.WithPublicationDate(new LocalDate(2023, 10, 18));

        Assert.Null(original.PublicationDate);
        Assert.Equal(new LocalDate(2023, 10, 18), dated.PublicationDate);
        Assert.Equal(original, dated.WithPublicationDate(null));
        Assert.NotEqual(original, dated);
    }

    [Fact]
    public void ToString_ContainsIdAndHeadline()
    {
        string text = TestData.Source().ToString();

        Assert.Contains("src-000", text, StringComparison.Ordinal);
        Assert.Contains("China urges solution", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Address_IsAnAbsoluteUri_KeptByWithPublicationDate()
    {
        var hash = ContentHash.Of("text");
        var source = new Source(new("s"), SourceKind.NewsReport, "en", hash, address: new Uri("https://example.org/story"));

        Assert.Equal(new Uri("https://example.org/story"), source.WithPublicationDate(new LocalDate(2016, 10, 10)).Address);
        var e = Assert.Throws<ArgumentException>(() => new Source(new("s"), SourceKind.NewsReport, "en", hash, address: new Uri("/story", UriKind.Relative)));
        Assert.Equal("address", e.ParamName);
    }
}
