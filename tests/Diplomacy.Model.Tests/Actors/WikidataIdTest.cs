using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests.Actors;

public class WikidataIdTest
{
    [Theory]
    [InlineData("Q884")]
    [InlineData("Q1")]
    [InlineData("Q10")]
    public void Constructor_ItemId_IsAccepted(string value)
    {
        Assert.Equal(value, new WikidataId(value).Value);
    }

    [Theory]
    [InlineData("Q0")]
    [InlineData("Q0884")]
    [InlineData("884")]
    [InlineData("q884")]
    [InlineData("Q")]
    [InlineData("P31")]
    [InlineData("Q88 4")]
    [InlineData("Q884a")]
    [InlineData("Q123456789012")]
    public void Constructor_NotAnItemId_ThrowsNamingValue(string value)
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new WikidataId(value)).ParamName);
    }
}
