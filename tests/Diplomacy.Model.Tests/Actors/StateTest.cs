using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests.Actors;

public class StateTest
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_ThrowsNamingName(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => new State(new("kor"), new CountryCode("KOR"), name));

        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void Constructor_NullIdOrCode_Throws()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new State(null!, new CountryCode("KOR"), "South Korea")).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new State(new("kor"), null!, "South Korea")).ParamName);
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("kor")]
    [InlineData("KO1")]
    [InlineData("")]
    public void Constructor_BadCameoCode_ThrowsNamingCameoCode(string cameo)
    {
        var error = Assert.Throws<ArgumentException>(() => new State(new("kor"), new CountryCode("KOR"), "South Korea", cameoCode: cameo));

        Assert.Equal("cameoCode", error.ParamName);
    }

    [Fact]
    public void ToString_ContainsNameAndCode()
    {
        string text = new State(new("prk"), new CountryCode("PRK"), "North Korea").ToString();

        Assert.Contains("North Korea", text, StringComparison.Ordinal);
        Assert.Contains("PRK", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IncludesAliases_ComparedByContent()
    {
        var analyst = TestData.Analyst();
        var a = new State(new("prk"), new CountryCode("PRK"), "North Korea", [new Alias("DPRK", AliasKind.Abbreviation, analyst)], "PRK", new WikidataId("Q423"));
        var b = new State(new("prk"), new CountryCode("PRK"), "North Korea", [new Alias("DPRK", AliasKind.Abbreviation, TestData.Analyst())], "PRK", new WikidataId("Q423"));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new State(new("prk"), new CountryCode("PRK"), "North Korea", [new Alias("the North", AliasKind.Informal, analyst)], "PRK", new WikidataId("Q423")));
        Assert.NotEqual(a, new State(new("prk"), new CountryCode("PRK"), "North Korea", [new Alias("DPRK", AliasKind.Abbreviation, analyst)], "PRK", new WikidataId("Q424")));
        Assert.NotEqual(a, new State(new("prk"), new CountryCode("PRK"), "DPRK", [new Alias("DPRK", AliasKind.Abbreviation, analyst)], "PRK", new WikidataId("Q423")));
    }

    [Fact]
    public void WithAlias_ReturnsNewStateAndLeavesOriginal()
    {
        var original = TestData.Prk();
        var alias = new Alias("the North", AliasKind.Informal, TestData.Analyst());

        var extended = original.WithAlias(alias);

        Assert.Empty(original.Aliases);
        Assert.Equal([alias], extended.Aliases);
        Assert.True(extended.IsKnownAs("The north"));
        Assert.False(original.IsKnownAs("the North"));
    }

    [Theory]
    [InlineData("North Korea")]
    [InlineData("north-korea")]
    [InlineData("NORTH KOREA")]
    public void IsKnownAs_IgnoresCaseSpacesAndHyphens(string text)
    {
        Assert.True(TestData.Prk().IsKnownAs(text));
    }
}
