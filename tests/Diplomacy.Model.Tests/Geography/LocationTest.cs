using Diplomacy.Model.Geography;

namespace Diplomacy.Model.Tests.Geography;

public class LocationTest
{
    [Theory]
    [InlineData("CN-BJ")]
    [InlineData("KR-11")]
    [InlineData("CN-A")]
    public void Constructor_Subdivision_IsAccepted(string subdivision)
    {
        Assert.Equal(subdivision, new Location(new("chn"), "Beijing", subdivision).Subdivision);
    }

    [Theory]
    [InlineData("cn-bj")]
    [InlineData("CNBJ")]
    [InlineData("CN-")]
    [InlineData("CN-BJXX")]
    [InlineData("CN-BJ\n")]
    [InlineData("")]
    public void Constructor_BadSubdivision_ThrowsNamingSubdivision(string subdivision)
    {
        Assert.Equal("subdivision", Assert.Throws<ArgumentException>(() => new Location(new("chn"), "Beijing", subdivision)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankCity_ThrowsNamingCity(string city)
    {
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => new Location(new("chn"), city)).ParamName);
    }

    [Fact]
    public void ToString_ContainsCityAndCountry()
    {
        Assert.Equal("Beijing, chn", new Location(new("chn"), "Beijing").ToString());
    }
}
