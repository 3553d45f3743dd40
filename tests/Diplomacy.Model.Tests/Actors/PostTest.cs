using Diplomacy.Model.Actors;
using NodaTime;

namespace Diplomacy.Model.Tests.Actors;

public class PostTest
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankTitle_ThrowsNamingTitle(string title)
    {
        var error = Assert.Throws<ArgumentException>(() => new Post(new("p"), new("ri"), title, new("prk"), TestData.Analyst()));

        Assert.Equal("title", error.ParamName);
    }

    [Fact]
    public void Constructor_NullReferences_ThrowNamingThem()
    {
        Assert.Equal("holder", Assert.Throws<ArgumentNullException>(() => new Post(new("p"), null!, "leader", new("prk"), TestData.Analyst())).ParamName);
        Assert.Equal("serves", Assert.Throws<ArgumentNullException>(() => new Post(new("p"), new("ri"), "leader", null!, TestData.Analyst())).ParamName);
        Assert.Equal("provenance", Assert.Throws<ArgumentNullException>(() => new Post(new("p"), new("ri"), "leader", new("prk"), null!)).ParamName);
    }

    [Fact]
    public void Equality_IncludesValidity()
    {
        var a = new Post(new("p"), new("ri"), "leader", new("prk"), TestData.Analyst(), validity: new DateInterval(new LocalDate(2011, 12, 17), new LocalDate(2024, 1, 1)));
        var b = new Post(new("p"), new("ri"), "leader", new("prk"), TestData.Analyst(), validity: new DateInterval(new LocalDate(2011, 12, 17), new LocalDate(2024, 1, 1)));
        var c = new Post(new("p"), new("ri"), "leader", new("prk"), TestData.Analyst(), validity: new DateInterval(new LocalDate(2011, 12, 18), new LocalDate(2024, 1, 1)));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void ToString_ContainsTitleHolderAndServed()
    {
        string text = TestData.RiPost().ToString();

        Assert.Contains("trade representative", text, StringComparison.Ordinal);
        Assert.Contains("ri", text, StringComparison.Ordinal);
        Assert.Contains("prk", text, StringComparison.Ordinal);
        Assert.Contains("Beijing", text, StringComparison.Ordinal);
    }
}
