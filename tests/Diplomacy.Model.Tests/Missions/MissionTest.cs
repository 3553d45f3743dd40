using Diplomacy.Model.Actors;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Missions;

namespace Diplomacy.Model.Tests.Missions;

public class MissionTest
{
    private static Mission Make(
        MissionKind kind,
        Id<Actor>? accreditedTo = null,
        Id<Actor>? protectingPower = null,
        Id<Mission>? partOf = null,
        PrivilegesAgreement? agreement = null,
        string? city = "Beijing",
        string? subdivision = null) =>
        new(new("m"), kind, new("kor"), new("chn"), city, TestData.Analyst(), accreditedTo: accreditedTo, protectingPower: protectingPower,
            partOf: partOf, agreement: agreement, subdivision: subdivision);

    private static PrivilegesAgreement Agreement(bool grants = true) => new(new("kor-chn-trade"), grants, TestData.Analyst());

    [Fact]
    public void InterestsSection_WithoutProtectingPower_ThrowsNamingProtectingPower()
    {
        Assert.Equal("protectingPower", Assert.Throws<ArgumentException>(() => Make(MissionKind.InterestsSection)).ParamName);
    }

    [Theory]
    [InlineData(MissionKind.Embassy)]
    [InlineData(MissionKind.Consulate)]
    [InlineData(MissionKind.TradeMission)]
    [InlineData(MissionKind.Unspecified)]
    public void OtherKinds_WithProtectingPower_ThrowNamingProtectingPower(MissionKind kind)
    {
        Assert.Equal("protectingPower", Assert.Throws<ArgumentException>(() => Make(kind, protectingPower: new Id<Actor>("che"))).ParamName);
    }

    [Fact]
    public void InterestsSection_WithProtectingPower_IsAccepted()
    {
        Assert.Equal(new Id<Actor>("che"), Make(MissionKind.InterestsSection, protectingPower: new Id<Actor>("che")).ProtectingPower);
    }

    [Fact]
    public void PermanentMission_WithoutAccreditedTo_ThrowsNamingAccreditedTo()
    {
        Assert.Equal("accreditedTo", Assert.Throws<ArgumentException>(() => Make(MissionKind.PermanentMission)).ParamName);
    }

    [Theory]
    [InlineData(MissionKind.Embassy)]
    [InlineData(MissionKind.ConsularSection)]
    [InlineData(MissionKind.LiaisonOffice)]
    public void OtherKinds_WithAccreditedTo_ThrowNamingAccreditedTo(MissionKind kind)
    {
        Assert.Equal("accreditedTo", Assert.Throws<ArgumentException>(() => Make(kind, accreditedTo: new Id<Actor>("un"))).ParamName);
    }

    [Fact]
    public void PermanentMission_WithAccreditedTo_IsAccepted()
    {
        Assert.Equal(new Id<Actor>("un"), Make(MissionKind.PermanentMission, accreditedTo: new Id<Actor>("un")).AccreditedTo);
    }

    [Theory]
    [InlineData(MissionKind.Embassy)]
    [InlineData(MissionKind.Consulate)]
    [InlineData(MissionKind.ConsulateGeneral)]
    [InlineData(MissionKind.TradeMission)]
    public void PartOf_OnlyForConsularSection(MissionKind kind)
    {
        Assert.Equal("partOf", Assert.Throws<ArgumentException>(() => Make(kind, partOf: new Id<Mission>("kor-embassy"))).ParamName);
    }

    [Fact]
    public void ConsularSection_PartOfItself_ThrowsNamingPartOf()
    {
        Assert.Equal("partOf", Assert.Throws<ArgumentException>(() => Make(MissionKind.ConsularSection, partOf: new Id<Mission>("m"))).ParamName);
    }

    [Fact]
    public void ConsularSection_PartOfEmbassy_IsAccepted()
    {
        Assert.Equal(new Id<Mission>("kor-embassy"), Make(MissionKind.ConsularSection, partOf: new Id<Mission>("kor-embassy")).PartOf);
        Assert.Null(Make(MissionKind.ConsularSection).PartOf);
    }

    [Theory]
    [InlineData(MissionKind.TradeMission)]
    [InlineData(MissionKind.TradeOffice)]
    [InlineData(MissionKind.RepresentativeOffice)]
    [InlineData(MissionKind.LiaisonOffice)]
    public void PrivilegesAgreement_AcceptedForUnprivilegedOffices(MissionKind kind)
    {
        var mission = Make(kind, agreement: Agreement());

        Assert.Equal(PremisesInviolability.GrantedByAgreement, mission.Regime.Inviolability);
        Assert.Equal(LegalBasis.BilateralAgreement, mission.Regime.Basis);
    }

    [Theory]
    [InlineData(MissionKind.Embassy)]
    [InlineData(MissionKind.ConsularSection)]
    [InlineData(MissionKind.Consulate)]
    [InlineData(MissionKind.HonoraryConsulate)]
    [InlineData(MissionKind.Unspecified)]
    public void PrivilegesAgreement_RejectedForOtherKinds(MissionKind kind)
    {
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => Make(kind, agreement: Agreement())).ParamName);
    }

    [Fact]
    public void Regime_IsDerivedFromKind()
    {
        Assert.Equal(PremisesInviolability.Full, Make(MissionKind.Embassy).Regime.Inviolability);
        Assert.Equal(PremisesInviolability.None, Make(MissionKind.TradeMission).Regime.Inviolability);
        Assert.Equal(PremisesInviolability.None, Make(MissionKind.TradeMission, agreement: Agreement(grants: false)).Regime.Inviolability);
    }

    [Fact]
    public void WithKind_Revalidates()
    {
        var trade = Make(MissionKind.TradeMission, agreement: Agreement());

        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => trade.WithKind(MissionKind.Embassy)).ParamName);
        Assert.Equal(MissionKind.TradeOffice, trade.WithKind(MissionKind.TradeOffice).Kind);
        Assert.Equal(MissionKind.TradeMission, trade.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void BlankCityOrName_Throw(string blank)
    {
        Assert.Equal("city", Assert.Throws<ArgumentException>(() => Make(MissionKind.Embassy, city: blank)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() =>
            new Mission(new("m"), MissionKind.Embassy, new("kor"), new("chn"), "Beijing", TestData.Analyst(), name: blank)).ParamName);
    }

    [Fact]
    public void UnknownCity_IsAllowed()
    {
        Assert.Null(Make(MissionKind.Embassy, city: null).City);
    }

    [Fact]
    public void BadSubdivision_ThrowsNamingSubdivision()
    {
        Assert.Equal("subdivision", Assert.Throws<ArgumentException>(() => Make(MissionKind.Embassy, subdivision: "Beijing")).ParamName);
        Assert.Equal("CN-BJ", Make(MissionKind.Embassy, subdivision: "CN-BJ").Subdivision);
    }

    [Fact]
    public void UndefinedKind_ThrowsNamingKind()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Make((MissionKind)200)).ParamName);
    }

    [Fact]
    public void Equality_IndependentlyBuilt_AndOneFieldChanged()
    {
        var a = TestData.TradeMission();
        var b = TestData.TradeMission();

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.WithCity("Shanghai"));
        Assert.NotEqual(a, a.WithKind(MissionKind.TradeOffice));
        Assert.NotEqual(a, a.WithAlias(new Alias("the trade office", AliasKind.Description, TestData.Analyst())));
        Assert.NotEqual(a, new Mission(new("kor-trade"), MissionKind.TradeMission, new("kor"), new("chn"), "Beijing", TestData.Cited(106, "South Korea's trade mission"),
            agreement: new PrivilegesAgreement(new("kor-chn-trade"), grantsPremisesInviolability: true, TestData.Analyst())));
        Assert.NotEqual(a, new Mission(new("kor-trade"), MissionKind.TradeMission, new("kor"), new("chn"), "Beijing", TestData.Cited(106, "South Korea's trade mission"),
            agreement: new PrivilegesAgreement(new("kor-chn-trade"), grantsPremisesInviolability: false, TestData.Analyst()), coordinates: new GeoCoordinates(39.9, 116.4)));
    }

    [Fact]
    public void ToString_ContainsKindStatesAndCity()
    {
        string text = TestData.TradeMission().ToString();

        Assert.Contains("TradeMission", text, StringComparison.Ordinal);
        Assert.Contains("kor", text, StringComparison.Ordinal);
        Assert.Contains("Beijing", text, StringComparison.Ordinal);
        Assert.Contains("chn", text, StringComparison.Ordinal);
        Assert.Contains("city unknown", Make(MissionKind.Embassy, city: null).ToString(), StringComparison.Ordinal);
    }
}
