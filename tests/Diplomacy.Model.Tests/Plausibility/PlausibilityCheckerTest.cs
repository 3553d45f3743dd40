using Diplomacy.Model.Tests.Seeds;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Tests.Comparison;

namespace Diplomacy.Model.Tests.Plausibility;

public class PlausibilityCheckerTest
{
    private const string Text = "Kim took refuge in the embassy. It cannot be entered. Officials may enter it. The two states have no relations.";
    private static readonly Id<Source> Src = new("src-t");

    private static Provenance Said(string words) => Provenance.Cited(new Attribution(Src, TextSpan.Find(Text, words), AttributionBasis.ReporterAssertion));

    private static readonly State Prk = new(new("prk"), new CountryCode("PRK"), "North Korea");
    private static readonly State Kor = new(new("kor"), new CountryCode("KOR"), "South Korea");
    private static readonly State Chn = new(new("chn"), new CountryCode("CHN"), "China");
    private static readonly NamedPerson Kim = new(new("kim"), "Kim", Prk.Id);

    private static Incident IncidentWith(Mission mission, Id<Actor>? stateFled = null, params StateRelation[] relations) =>
        new(new("t"), "test",
            sources: [new Source(Src, SourceKind.NewsReport, "en", ContentHash.Of(Text))],
            actors: [Prk, Kor, Chn, Kim],
            relations: [.. relations],
            missions: [mission],
            asylumClaims: [new AsylumClaim(new("claim"), AsylumKind.Diplomatic, Kim.Id, Said("Kim took refuge"), stateFled ?? Prk.Id, refuge: new MissionRefuge(mission.Id))]);

    private static Mission Mission(MissionKind kind, Id<Actor> sending, Id<Actor> receiving) =>
        new(new("m"), kind, sending, receiving, "Seoul", Said("the embassy"));

    [Fact]
    public void RefugeInEmbassyOfStateFled_IsFlaggedAtTheRefuge()
    {
        var finding = Assert.Single(PlausibilityChecker.Instance.Check(IncidentWith(Mission(MissionKind.Embassy, Prk.Id, Kor.Id))));

        Assert.Equal(PlausibilityRule.RefugeInMissionOfStateFled, finding.Rule);
        Assert.Equal("$.asylumClaims[0].refuge", finding.Path);
        Assert.Equal(["Kim took refuge", "the embassy"], finding.Attributions.Select(a => a.Span.Quote));
    }

    [Fact]
    public void RefugeInEmbassyOfAnotherState_IsNotFlagged()
    {
        Assert.Empty(PlausibilityChecker.Instance.Check(IncidentWith(Mission(MissionKind.Embassy, Kor.Id, Chn.Id))));
    }

    [Theory]
    [InlineData(MissionKind.TradeMission, true)]
    [InlineData(MissionKind.HonoraryConsulate, true)]
    [InlineData(MissionKind.Embassy, false)]
    [InlineData(MissionKind.Consulate, false)]
    [InlineData(MissionKind.Unspecified, false)]
    public void InviolabilityAssumed_IsFlaggedOnlyWhereTheRegimeGivesNone(MissionKind kind, bool flagged)
    {
        var mission = Mission(kind, Kor.Id, Chn.Id).WithPremisesClaim(new PremisesClaim(PremisesAssertion.ReceivingStateCannotEnter, Said("It cannot be entered")));

        var findings = PlausibilityChecker.Instance.Check(IncidentWith(mission));

        if (!flagged)
        {
            Assert.Empty(findings);
            return;
        }
        var finding = Assert.Single(findings);
        Assert.Equal(PlausibilityRule.InviolabilityAssumedWithoutBasis, finding.Rule);
        Assert.Equal("$.missions[0].premisesClaims[0]", finding.Path);
        Assert.Contains("It cannot be entered", finding.Attributions.Select(a => a.Span.Quote));
    }

    [Fact]
    public void EntryAssumedIntoAnEmbassy_IsFlagged()
    {
        var mission = Mission(MissionKind.Embassy, Kor.Id, Chn.Id).WithPremisesClaim(new PremisesClaim(PremisesAssertion.ReceivingStateMayEnter, Said("Officials may enter it")));

        var finding = Assert.Single(PlausibilityChecker.Instance.Check(IncidentWith(mission)));

        Assert.Equal(PlausibilityRule.EntryAssumedDespiteInviolability, finding.Rule);
        Assert.Contains("Officials may enter it", finding.Attributions.Select(a => a.Span.Quote));
    }

    [Theory]
    [InlineData(StateRelationKind.NoDiplomaticRelations, true)]
    [InlineData(StateRelationKind.NoMutualRecognition, true)]
    [InlineData(StateRelationKind.DiplomaticRelations, false)]
    public void EmbassyBetweenStatesWithoutRelations_IsFlagged(StateRelationKind kind, bool flagged)
    {
        var relation = new StateRelation(Chn.Id, Kor.Id, kind, Said("The two states have no relations"));

        var findings = PlausibilityChecker.Instance.Check(IncidentWith(Mission(MissionKind.Embassy, Kor.Id, Chn.Id), null, relation));

        if (!flagged)
        {
            Assert.Empty(findings);
            return;
        }
        var finding = Assert.Single(findings);
        Assert.Equal(PlausibilityRule.DiplomaticMissionWithoutRelations, finding.Rule);
        Assert.Equal("$.missions[0]", finding.Path);
        Assert.Equal(["the embassy", "The two states have no relations"], finding.Attributions.Select(a => a.Span.Quote));
    }

    [Fact]
    public void TradeMissionBetweenStatesWithoutRelations_IsNotFlagged()
    {
        var relation = new StateRelation(Chn.Id, Kor.Id, StateRelationKind.NoDiplomaticRelations, Said("The two states have no relations"));

        Assert.Empty(PlausibilityChecker.Instance.Check(IncidentWith(Mission(MissionKind.TradeMission, Kor.Id, Chn.Id), null, relation)));
    }

    [Fact]
    public void Seed000_TradeMissionTreatedAsInviolable_IsFlagged()
    {
        var findings = PlausibilityChecker.Instance.Check(SeedReport000.Build().Account);

        var finding = Assert.Single(findings);
        Assert.Equal(PlausibilityRule.InviolabilityAssumedWithoutBasis, finding.Rule);
        Assert.Equal("$.missions[0].premisesClaims[0]", finding.Path);
        Assert.Contains("it cannot forcibly remove Ri from the trade mission", finding.Attributions.Select(a => a.Span.Quote));
        Assert.All(finding.Attributions, a => Assert.True(a.Span.MatchesIn(SeedReport000.ReadText())));
    }

    [Fact]
    public void Seed001_RefugeInTheDprkEmbassyInSeoul_IsFlaggedTwice()
    {
        var findings = PlausibilityChecker.Instance.Check(SeedReport001.Build().Account);

        Assert.Equal([PlausibilityRule.RefugeInMissionOfStateFled, PlausibilityRule.DiplomaticMissionWithoutRelations], findings.Select(f => f.Rule));
        Assert.Equal("$.asylumClaims[0].refuge", findings[0].Path);
        Assert.Contains(findings[0].Attributions, a => a.Span.Quote.Contains("the embassy of the DPRK [North Korea] in the ROK [South Korea]", StringComparison.Ordinal));
        Assert.Contains(findings[0].Attributions, a => a.Span.Quote.Contains("taking refuge in the country's embassy in Seoul", StringComparison.Ordinal));
        Assert.Equal("$.missions[0]", findings[1].Path);
        Assert.Contains(findings[1].Attributions, a => a.Span.Quote.Contains("the embassy of the DPRK [North Korea] in the ROK [South Korea]", StringComparison.Ordinal));
    }

    [Fact]
    public void PremisesClaims_AreEnumeratedWithTheirPath()
    {
        var paths = SeedReport000.Build().Account.EnumerateAttributions().Select(p => p.Path);

        Assert.Contains("$.missions[0].premisesClaims[0].provenance", paths);
    }

    [Fact]
    public void PremisesClaim_CitingASourceOutsideTheIncident_IsRejectedWithItsPath()
    {
        var stranger = new Attribution(new Id<Source>("src-elsewhere"), new TextSpan(0, "Kim"), AttributionBasis.ReporterAssertion);
        var mission = Mission(MissionKind.TradeMission, Kor.Id, Chn.Id)
            .WithPremisesClaim(new PremisesClaim(PremisesAssertion.ReceivingStateCannotEnter, Provenance.Cited(stranger)));

        var error = Assert.Throws<IncidentIntegrityException>(() => IncidentWith(mission));

        Assert.Equal("$.missions[0].premisesClaims[0].provenance.attributions[0].source", error.Path);
    }
}
