using Diplomacy.Model.Actors;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Statements;

public class AddresseesTest
{
    [Fact]
    public void Named_WithNoActors_ThrowsNamingActors()
    {
        Assert.Equal("actors", Assert.Throws<ArgumentException>(() => new Addressees(AddresseeScope.Named)).ParamName);
        Assert.Equal("actors", Assert.Throws<ArgumentException>(() => Addressees.Of()).ParamName);
    }

    [Fact]
    public void DuplicateActor_ThrowsNamingActors()
    {
        Assert.Equal("actors", Assert.Throws<ArgumentException>(() => Addressees.Of(new Id<Actor>("prk"), new Id<Actor>("kor"), new Id<Actor>("prk"))).ParamName);
    }

    [Fact]
    public void BlankWords_ThrowsNamingWords()
    {
        Assert.Equal("words", Assert.Throws<ArgumentException>(() => new Addressees(AddresseeScope.BothSides, words: " ")).ParamName);
    }

    [Fact]
    public void ScopesOtherThanNamed_NeedNoActors()
    {
        var both = new Addressees(AddresseeScope.BothSides, words: "both sides");

        Assert.Empty(both.Actors);
        Assert.Equal(AddresseeScope.Unspecified, Addressees.Unspecified.Scope);
    }

    [Fact]
    public void Equality_ComparesActorLists()
    {
        Assert.Equal(Addressees.Of(new Id<Actor>("prk"), new Id<Actor>("kor")), Addressees.Of(new Id<Actor>("prk"), new Id<Actor>("kor")));
        Assert.NotEqual(Addressees.Of(new Id<Actor>("prk"), new Id<Actor>("kor")), Addressees.Of(new Id<Actor>("prk"), new Id<Actor>("chn")));
    }

    [Fact]
    public void ToString_ContainsScopeWordsAndActors()
    {
        string text = new Addressees(AddresseeScope.BothSides, [new("prk"), new("kor")], "both sides").ToString();

        Assert.Contains("BothSides", text, StringComparison.Ordinal);
        Assert.Contains("both sides", text, StringComparison.Ordinal);
        Assert.Contains("prk, kor", text, StringComparison.Ordinal);
    }
}
