using Diplomacy.Model.Missions;

namespace Diplomacy.Model.Tests.Missions;

public class MissionRegimeTest
{
    // DESIGN.md §2 "Missions", written out by hand.
    public static TheoryData<MissionKind, LegalBasis, PremisesInviolability> Table => new()
    {
        { MissionKind.Embassy, LegalBasis.Vcdr1961, PremisesInviolability.Full },
        { MissionKind.HighCommission, LegalBasis.Vcdr1961, PremisesInviolability.Full },
        { MissionKind.Nunciature, LegalBasis.Vcdr1961, PremisesInviolability.Full },
        { MissionKind.Legation, LegalBasis.Vcdr1961, PremisesInviolability.Full },
        { MissionKind.ConsularSection, LegalBasis.Vcdr1961, PremisesInviolability.Full },
        { MissionKind.InterestsSection, LegalBasis.Vcdr1961, PremisesInviolability.Full },
        { MissionKind.PermanentMission, LegalBasis.HeadquartersAgreement, PremisesInviolability.Full },
        { MissionKind.ConsulateGeneral, LegalBasis.Vccr1963, PremisesInviolability.ConsularWorkingAreas },
        { MissionKind.Consulate, LegalBasis.Vccr1963, PremisesInviolability.ConsularWorkingAreas },
        { MissionKind.ViceConsulate, LegalBasis.Vccr1963, PremisesInviolability.ConsularWorkingAreas },
        { MissionKind.HonoraryConsulate, LegalBasis.Vccr1963, PremisesInviolability.ProtectionOnly },
        { MissionKind.TradeMission, LegalBasis.None, PremisesInviolability.None },
        { MissionKind.TradeOffice, LegalBasis.None, PremisesInviolability.None },
        { MissionKind.RepresentativeOffice, LegalBasis.None, PremisesInviolability.None },
        { MissionKind.LiaisonOffice, LegalBasis.None, PremisesInviolability.None },
        { MissionKind.Unspecified, LegalBasis.Unknown, PremisesInviolability.Unknown },
    };

    public static TheoryData<MissionKind> AgreementKinds => new()
    {
        MissionKind.TradeMission, MissionKind.TradeOffice, MissionKind.RepresentativeOffice, MissionKind.LiaisonOffice,
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void For_Kind_HasTheDesignedBasisAndInviolability(MissionKind kind, LegalBasis basis, PremisesInviolability inviolability)
    {
        var regime = MissionRegime.For(kind);

        Assert.Equal(basis, regime.Basis);
        Assert.Equal(inviolability, regime.Inviolability);
    }

    [Fact]
    public void Table_CoversEveryMissionKind()
    {
        var covered = Table.Select(row => (MissionKind)row[0]).ToHashSet();
        var missing = Enum.GetValues<MissionKind>().Where(kind => !covered.Contains(kind)).ToList();

        Assert.True(missing.Count == 0, "Mission kinds without an expected regime in this test: " + string.Join(", ", missing));
    }

    [Fact]
    public void For_EveryKind_HasARegime()
    {
        foreach (var kind in Enum.GetValues<MissionKind>())
        {
            var regime = MissionRegime.For(kind);
            Assert.False(string.IsNullOrWhiteSpace(regime.Provision), $"{kind} has no provision");
        }
    }

    [Theory]
    [MemberData(nameof(AgreementKinds))]
    public void For_AgreementGrantingInviolability_IsGrantedByAgreement(MissionKind kind)
    {
        var regime = MissionRegime.For(kind, new PrivilegesAgreement(new("kor-chn-trade"), grantsPremisesInviolability: true, TestData.Analyst()));

        Assert.Equal(LegalBasis.BilateralAgreement, regime.Basis);
        Assert.Equal(PremisesInviolability.GrantedByAgreement, regime.Inviolability);
        Assert.True(regime.IsInviolable);
        Assert.Contains("kor-chn-trade", regime.Provision, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AgreementKinds))]
    public void For_AgreementNotGrantingInviolability_IsNone(MissionKind kind)
    {
        var regime = MissionRegime.For(kind, new PrivilegesAgreement(new("kor-chn-trade"), grantsPremisesInviolability: false, TestData.Analyst()));

        Assert.Equal(LegalBasis.BilateralAgreement, regime.Basis);
        Assert.Equal(PremisesInviolability.None, regime.Inviolability);
        Assert.False(regime.IsInviolable);
    }

    [Theory]
    [InlineData(MissionKind.Embassy)]
    [InlineData(MissionKind.Consulate)]
    [InlineData(MissionKind.HonoraryConsulate)]
    [InlineData(MissionKind.Unspecified)]
    public void For_ConventionKinds_IgnoreAnAgreement(MissionKind kind)
    {
        var agreement = new PrivilegesAgreement(new("x"), grantsPremisesInviolability: true, TestData.Analyst());

        Assert.Equal(MissionRegime.For(kind), MissionRegime.For(kind, agreement));
    }

    [Theory]
    [InlineData(MissionKind.Embassy, true)]
    [InlineData(MissionKind.ConsularSection, true)]
    [InlineData(MissionKind.PermanentMission, true)]
    [InlineData(MissionKind.Consulate, true)]
    [InlineData(MissionKind.HonoraryConsulate, false)]
    [InlineData(MissionKind.TradeMission, false)]
    [InlineData(MissionKind.Unspecified, false)]
    public void IsInviolable(MissionKind kind, bool inviolable)
    {
        Assert.Equal(inviolable, MissionRegime.For(kind).IsInviolable);
    }

    [Theory]
    [InlineData(MissionKind.Embassy, true, false)]
    [InlineData(MissionKind.ConsularSection, true, true)]
    [InlineData(MissionKind.Consulate, false, true)]
    [InlineData(MissionKind.HonoraryConsulate, false, true)]
    [InlineData(MissionKind.TradeOffice, false, false)]
    public void DiplomaticAndConsularFlags(MissionKind kind, bool diplomatic, bool consular)
    {
        var regime = MissionRegime.For(kind);

        Assert.Equal(diplomatic, regime.IsDiplomatic);
        Assert.Equal(consular, regime.IsConsular);
    }

    [Fact]
    public void For_UndefinedKind_ThrowsNamingKind()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => MissionRegime.For((MissionKind)99)).ParamName);
    }

    [Fact]
    public void ToString_ContainsBasisAndInviolability()
    {
        string text = MissionRegime.For(MissionKind.Consulate).ToString();

        Assert.Contains("Vccr1963", text, StringComparison.Ordinal);
        Assert.Contains("ConsularWorkingAreas", text, StringComparison.Ordinal);
        Assert.Contains("Art. 31", text, StringComparison.Ordinal);
    }
}
