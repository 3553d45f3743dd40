using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests.Actors;

public class OrganizationTest
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankName_ThrowsNamingName(string name)
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new Organization(new("mfa"), name, OrganizationKind.Ministry)).ParamName);
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingKind()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Organization(new("mfa"), "Ministry", (OrganizationKind)99));

        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void ToString_ContainsNameKindAndState()
    {
        string text = TestData.Mfa().ToString();

        Assert.Contains("Ministry of Foreign Affairs", text, StringComparison.Ordinal);
        Assert.Contains("Ministry", text, StringComparison.Ordinal);
        Assert.Contains("chn", text, StringComparison.Ordinal);
    }
}
