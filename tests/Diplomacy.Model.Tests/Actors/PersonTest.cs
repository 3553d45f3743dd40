using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Tests.Actors;

public class PersonTest
{
    [Theory]
    [InlineData("")]
    [InlineData(" \t")]
    public void NamedPerson_BlankName_ThrowsNamingName(string name)
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new NamedPerson(new("ri"), name)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void UnnamedPersonAndGroup_BlankDescription_ThrowsNamingDescription(string description)
    {
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new UnnamedPerson(new("official"), description)).ParamName);
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new PersonGroup(new("sources"), description, isAnonymous: true)).ParamName);
    }

    [Fact]
    public void NamedPerson_RomanizationAliases_AreTheSameActor()
    {
        var hwang = new NamedPerson(new("hwang"), "Hwang Jang-yop", aliases: [new Alias("Mr Hwang", AliasKind.Honorific, TestData.Analyst())]);

        Assert.True(hwang.IsKnownAs("Hwang Jang Yop"));
        Assert.True(hwang.IsKnownAs("mr hwang"));
        Assert.False(hwang.IsKnownAs("Hwang"));
    }

    [Fact]
    public void ToString_IsReadable()
    {
        Assert.Equal("Ri Pyong-chol", TestData.Ri().ToString());
        Assert.Contains("a senior North Korean trade official", new UnnamedPerson(new("official"), "a senior North Korean trade official").ToString(), StringComparison.Ordinal);
        Assert.Contains("unnamed", new UnnamedPerson(new("official"), "an official").ToString(), StringComparison.Ordinal);
        Assert.Contains("anonymous", new PersonGroup(new("sources"), "sources", isAnonymous: true).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentKindsWithSameIdAndText_AreNotEqual()
    {
        Actor unnamed = new UnnamedPerson(new("x"), "officials");
        Actor group = new PersonGroup(new("x"), "officials", isAnonymous: false);

        Assert.NotEqual(unnamed, group);
    }
}
