using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests;

public class IdTest
{
    [Theory]
    [InlineData("prk")]
    [InlineData("src-000")]
    [InlineData("a")]
    [InlineData("ns:kor.trade_mission-1")]
    [InlineData("7")]
    public void Constructor_WellFormedValue_IsKept(string value)
    {
        Assert.Equal(value, new Id<Actor>(value).Value);
    }

    [Fact]
    public void Constructor_MaxLength_IsAccepted()
    {
        string value = new('a', 128);

        Assert.Equal(value, new Id<Actor>(value).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("north korea")]
    [InlineData("-prk")]
    [InlineData("prk-")]
    [InlineData(".prk")]
    [InlineData("prk/1")]
    [InlineData("prk\n")]
    [InlineData("\nprk")]
    [InlineData("prk\r\n")]
    [InlineData("한국")]
    public void Constructor_BadValue_ThrowsNamingValue(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => new Id<Actor>(value));

        Assert.Equal("value", error.ParamName);
        Assert.False(Id<Actor>.TryParse(value, out _));
    }

    [Fact]
    public void Constructor_TooLong_ThrowsNamingValue()
    {
        var error = Assert.Throws<ArgumentException>(() => new Id<Actor>(new string('a', 129)));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new Id<Actor>(null!));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void TryParse_GoodAndNull()
    {
        Assert.True(Id<Actor>.TryParse("kor", out var id));
        Assert.Equal("kor", id.Value);
        Assert.False(Id<Actor>.TryParse(null, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Equality_IsOrdinalByValue()
    {
        var a = new Id<Actor>("kor");
        var b = new Id<Actor>(string.Concat("k", "or"));

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Id<Actor>("KOR"));
        Assert.True(a != new Id<Actor>("KOR"));
        Assert.Equal("kor", a.ToString());
    }

    [Fact]
    public void CompareTo_IsOrdinal()
    {
        Assert.True(new Id<Actor>("B").CompareTo(new Id<Actor>("a")) < 0);
        Assert.True(new Id<Actor>("a").CompareTo(null) > 0);
        Assert.Equal(0, new Id<Actor>("a").CompareTo(new Id<Actor>("a")));
    }
}
