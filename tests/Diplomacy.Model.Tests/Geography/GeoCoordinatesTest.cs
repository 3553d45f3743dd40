using Diplomacy.Model.Geography;

namespace Diplomacy.Model.Tests.Geography;

public class GeoCoordinatesTest
{
    [Theory]
    [InlineData(-90, -180)]
    [InlineData(90, 180)]
    [InlineData(39.9042, 116.4074)]
    public void Constructor_InRange_IsAccepted(double latitude, double longitude)
    {
        var point = new GeoCoordinates(latitude, longitude);

        Assert.Equal(latitude, point.Latitude);
        Assert.Equal(longitude, point.Longitude);
    }

    [Theory]
    [InlineData(90.0001)]
    [InlineData(-90.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadLatitude_ThrowsNamingLatitude(double latitude)
    {
        Assert.Equal("latitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoCoordinates(latitude, 0)).ParamName);
    }

    [Theory]
    [InlineData(180.0001)]
    [InlineData(-181)]
    [InlineData(double.NaN)]
    public void Constructor_BadLongitude_ThrowsNamingLongitude(double longitude)
    {
        Assert.Equal("longitude", Assert.Throws<ArgumentOutOfRangeException>(() => new GeoCoordinates(0, longitude)).ParamName);
    }

    [Fact]
    public void ToString_UsesInvariantNumbers()
    {
        Assert.Equal("39.9, 116.4", new GeoCoordinates(39.9, 116.4).ToString());
    }
}
