using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;

namespace Diplomacy.Model.Tests.Asylum;

public class AsylumClaimTest
{
    [Fact]
    public void StateFledEqualsStateAsked_ThrowsNamingStateAsked()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new AsylumClaim(new("c"), AsylumKind.Diplomatic, new("ri"), TestData.Analyst(), new Id<Actor>("prk"), new Id<Actor>("prk")));

        Assert.Equal("stateAsked", error.ParamName);
    }

    [Fact]
    public void OnlyOneStateKnown_IsAccepted()
    {
        Assert.Null(new AsylumClaim(new("c"), AsylumKind.Diplomatic, new("ri"), TestData.Analyst(), stateFled: new Id<Actor>("prk")).StateAsked);
        Assert.Null(new AsylumClaim(new("c"), AsylumKind.Diplomatic, new("ri"), TestData.Analyst(), stateAsked: new Id<Actor>("kor")).StateFled);
    }

    [Fact]
    public void ClaimantAmongPeopleAtRisk_ThrowsNamingPeopleAtRisk()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new AsylumClaim(new("c"), AsylumKind.Diplomatic, new("ri"), TestData.Analyst(),
                peopleAtRisk: [new PersonAtRisk(new("ri-family"), Kinship.Spouse, TestData.Analyst()), new PersonAtRisk(new("ri"), Kinship.Associate, TestData.Analyst())]));

        Assert.Equal("peopleAtRisk", error.ParamName);
    }

    [Fact]
    public void NoHistory_IsEmptyHistory()
    {
        Assert.Equal(AsylumHistory.Empty, new AsylumClaim(new("c"), AsylumKind.Unspecified, new("ri"), TestData.Analyst()).History);
    }

    [Fact]
    public void WithStep_ExtendsAndValidatesTheHistory()
    {
        var claim = TestData.Claim();

        var next = claim.WithStep(new AsylumStatusChange(AsylumStatus.AsylumRequested, TestData.Analyst()));

        Assert.Equal(AsylumStatus.AsylumRequested, next.History.Current);
        Assert.Equal(AsylumStatus.RefugeTaken, claim.History.Current);
        Assert.Throws<ArgumentException>(() => claim.WithStep(new AsylumStatusChange(AsylumStatus.Arrived, TestData.Analyst())));
    }

    [Fact]
    public void PersonAtRisk_BlankRisk_ThrowsNamingRisk()
    {
        Assert.Equal("risk", Assert.Throws<ArgumentException>(() => new PersonAtRisk(new("ri-family"), Kinship.Child, TestData.Analyst(), "")).ParamName);
    }

    [Fact]
    public void Equality_IndependentlyBuilt_AndOneFieldChanged()
    {
        var a = TestData.Claim();
        var b = TestData.Claim();

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.WithRefuge(new MissionRefuge(new("kor-embassy"))));
        Assert.NotEqual(a, a.WithRefuge(null));
        Assert.NotEqual(a, a.WithStep(new AsylumStatusChange(AsylumStatus.AsylumRequested, TestData.Analyst())));
        Assert.NotEqual(a, new AsylumClaim(new("claim-ri"), AsylumKind.Diplomatic, new("ri"), TestData.Analyst(), new Id<Actor>("prk"), new Id<Actor>("kor"),
            new MissionRefuge(new("kor-trade")),
            new AsylumHistory([new AsylumStatusChange(AsylumStatus.RefugeTaken, TestData.Cited(91, "took refuge"))]),
            [new PersonAtRisk(new("ri-family"), Kinship.Spouse, TestData.Analyst())]));
    }

    [Fact]
    public void ToString_ContainsKindClaimantStatesAndRefuge()
    {
        string text = TestData.Claim().ToString();

        Assert.Contains("Diplomatic", text, StringComparison.Ordinal);
        Assert.Contains("ri", text, StringComparison.Ordinal);
        Assert.Contains("prk → kor", text, StringComparison.Ordinal);
        Assert.Contains("mission kor-trade", text, StringComparison.Ordinal);
        Assert.Contains("RefugeTaken", text, StringComparison.Ordinal);
    }
}
