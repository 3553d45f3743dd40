using Diplomacy.Model.EventCoding;

namespace Diplomacy.Model.Tests.EventCoding;

public class CameoCodeTest
{
    [Theory]
    [InlineData("027", 2)]
    [InlineData("020", 2)]
    [InlineData("075", 7)]
    [InlineData("01", 1)]
    [InlineData("20", 20)]
    [InlineData("1823", 18)]
    public void Constructor_ValidCode_HasRoot(string value, int root)
    {
        var code = new CameoCode(value);

        Assert.Equal(value, code.Value);
        Assert.Equal(root, code.Root);
    }

    [Theory]
    [InlineData("21")]
    [InlineData("2")]
    [InlineData("00")]
    [InlineData("000")]
    [InlineData("21x")]
    [InlineData("02a")]
    [InlineData("02345")]
    [InlineData("")]
    public void Constructor_InvalidCode_ThrowsNamingValue(string value)
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new CameoCode(value)).ParamName);
    }
}
