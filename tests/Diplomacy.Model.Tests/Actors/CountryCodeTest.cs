using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests.Actors;

public class CountryCodeTest
{
    [Theory]
    [InlineData("KOR", true)]
    [InlineData("PRK", true)]
    [InlineData("CHN", true)]
    [InlineData("USA", true)]
    [InlineData("XKX", false)]
    [InlineData("XYZ", false)]
    [InlineData("AAB", false)]
    [InlineData("QMX", false)]
    [InlineData("ZZZ", false)]
    [InlineData("ZZA", false)]
    public void Constructor_AssignedOrUserAssigned_IsAccepted(string code, bool official)
    {
        var country = new CountryCode(code);

        Assert.Equal(code, country.Value);
        Assert.Equal(official, country.IsOfficiallyAssigned);
        Assert.Equal(code, country.ToString());
    }

    [Theory]
    [InlineData("kor")]
    [InlineData("Kor")]
    [InlineData("KO")]
    [InlineData("KORE")]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("QAA")]
    [InlineData("ZYZ")]
    [InlineData("K0R")]
    [InlineData("KÖR")]
    public void Constructor_NotAnAssignedCode_ThrowsNamingValue(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new CountryCode(code));

        Assert.Equal("value", error.ParamName);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new CountryCode(null!)).ParamName);
    }

    [Fact]
    public void Equality_ByValue()
    {
        Assert.Equal(new CountryCode("KOR"), new CountryCode(new string(['K', 'O', 'R'])));
        Assert.NotEqual(new CountryCode("KOR"), new CountryCode("PRK"));
    }
}
