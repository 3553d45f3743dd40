using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Sources;

public class ContentHashTest
{
    private const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string AbcSha256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    [Fact]
    public void Of_IsSha256OfUtf8()
    {
        Assert.Equal(EmptySha256, ContentHash.Of("").Sha256Hex);
        Assert.Equal(AbcSha256, ContentHash.Of("abc").Sha256Hex);
        Assert.Equal("sha256:" + AbcSha256, ContentHash.Of("abc").ToString());
    }

    [Fact]
    public void Matches_DetectsAChangedText()
    {
        var hash = new ContentHash(AbcSha256);

        Assert.True(hash.Matches("abc"));
        Assert.False(hash.Matches("abd"));
    }

    [Theory]
    [InlineData("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adf")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ag")]
    [InlineData("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n")]
    [InlineData("")]
    public void Constructor_NotALowercaseDigest_ThrowsNamingSha256Hex(string value)
    {
        Assert.Equal("sha256Hex", Assert.Throws<ArgumentException>(() => new ContentHash(value)).ParamName);
    }

    [Fact]
    public void Parse_RoundTripsToString()
    {
        Assert.Equal(new ContentHash(AbcSha256), ContentHash.Parse("sha256:" + AbcSha256));
    }

    [Theory]
    [InlineData(AbcSha256)]
    [InlineData("md5:" + AbcSha256)]
    [InlineData("SHA256:" + AbcSha256)]
    [InlineData("sha256:" + AbcSha256 + "\n")]
    [InlineData("sha256:")]
    public void Parse_Malformed_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => ContentHash.Parse(text));
    }
}
