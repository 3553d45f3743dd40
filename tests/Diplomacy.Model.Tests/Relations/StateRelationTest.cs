using Diplomacy.Model.Relations;

namespace Diplomacy.Model.Tests.Relations;

public class StateRelationTest
{
    [Fact]
    public void SameStateTwice_ThrowsNamingSecond()
    {
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => new StateRelation(new("kor"), new("kor"), StateRelationKind.Alliance, TestData.Analyst())).ParamName);
    }

    [Fact]
    public void Connects_IsSymmetric()
    {
        var relation = new StateRelation(new("prk"), new("chn"), StateRelationKind.Alliance, TestData.Analyst());

        Assert.True(relation.Connects(new("prk"), new("chn")));
        Assert.True(relation.Connects(new("chn"), new("prk")));
        Assert.False(relation.Connects(new("prk"), new("kor")));
    }

    [Fact]
    public void UndefinedKind_ThrowsNamingKind()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new StateRelation(new("prk"), new("chn"), (StateRelationKind)9, TestData.Analyst())).ParamName);
    }

    [Fact]
    public void ToString_NamesBothAndKind()
    {
        Assert.Equal("prk – chn: Alliance", new StateRelation(new("prk"), new("chn"), StateRelationKind.Alliance, TestData.Analyst()).ToString());
    }
}
