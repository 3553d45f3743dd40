using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests.Actors;

public class AliasTest
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankText_ThrowsNamingText(string text)
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new Alias(text, AliasKind.Name, TestData.Analyst())).ParamName);
    }

    [Fact]
    public void Constructor_NullProvenance_Throws()
    {
        Assert.Equal("provenance", Assert.Throws<ArgumentNullException>(() => new Alias("DPRK", AliasKind.Abbreviation, null!)).ParamName);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    [InlineData("zh-Hans")]
    [InlineData("ko-Latn-KR")]
    public void Constructor_LanguageTag_IsAccepted(string language)
    {
        Assert.Equal(language, new Alias("Pukhan", AliasKind.Romanization, TestData.Analyst(), language).Language);
    }

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("english")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("en\n")]
    [InlineData("zh-Hans-toolongsubtag")]
    public void Constructor_BadLanguageTag_ThrowsNamingLanguage(string language)
    {
        var error = Assert.Throws<ArgumentException>(() => new Alias("Pukhan", AliasKind.Romanization, TestData.Analyst(), language));

        Assert.Equal("language", error.ParamName);
    }
}
