using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Seeds;

/// <summary>
/// Seed report 000 built by hand (<see cref="SeedReport000"/>): the model can hold all of it, and
/// every fact points at the exact words of the report.
/// </summary>
public class SeedReport000Test
{
    private readonly string text = SeedReport000.ReadText();
    private readonly Report report = SeedReport000.Build();

    private Incident Incident => report.Account;

    [Fact]
    public void Build_SeedText_GivesOneSourcesAccount()
    {
        // The constructor checks every reference (actors, posts, missions, claims…), so building is itself a test.
        Assert.Equal(SeedReport000.SourceId, report.Source.Id);
        Assert.Single(Incident.Sources);
        Assert.Single(Incident.AsylumClaims);
        Assert.Single(Incident.Missions);
    }

    [Fact]
    public void Build_Twice_GivesEqualIncidents()
    {
        // Value equality all the way down: same facts, same incident.
        Assert.Equal(report, SeedReport000.Build(text));
    }

    [Fact]
    public void EveryAttribution_MatchesTheSeedText()
    {
        var attributions = Incident.EnumerateAttributions().ToList();

        Assert.NotEmpty(attributions);
        foreach (var (path, attribution) in attributions)
        {
            // Offsets and quoted words must agree with the text, like a TextPosition + TextQuote selector.
            Assert.True(attribution.Span.MatchesIn(text), $"{path}: {attribution.Span} does not match the seed text.");
            Assert.Equal(SeedReport000.SourceId, attribution.Source);
        }
    }

    [Fact]
    public void Source_IsAnUndatedNewsReportWithoutPublisher()
    {
        var source = report.Source;

        Assert.Equal(SourceKind.NewsReport, source.Kind);
        Assert.Equal("en", source.Language);
        Assert.True(source.ContentHash.Matches(text));
        Assert.Equal(ContentHash.Of(text), source.ContentHash);
        Assert.Equal(text.Split('\n')[0], source.Headline);
        // Unknown, so not invented.
        Assert.Null(source.Publisher);
        Assert.Null(source.PublicationDate);
        Assert.Null(source.PublishedAt);
    }

    [Fact]
    public void RelativeTimes_StayUnresolved_WithoutAPublicationDate()
    {
        var refugeTaken = Incident.GetAsylumClaim(SeedReport000.RiClaim).History.Changes[0];
        var kimVisit = Incident.GetEvent(SeedReport000.KimVisit);

        Assert.Equal("late last week", refugeTaken.When?.Words);
        Assert.False(refugeTaken.When?.IsResolved);
        Assert.Equal("this month", kimVisit.When?.Words);
        Assert.False(kimVisit.When?.IsResolved);
    }

    [Fact]
    public void Refuge_IsATradeMissionWithoutInviolability_ThoughTheReportSaysChinaCannotRemoveRi()
    {
        var claim = Incident.GetAsylumClaim(SeedReport000.RiClaim);

        var refuge = Assert.IsType<MissionRefuge>(claim.Refuge);
        var mission = Incident.GetMission(refuge.Mission);
        Assert.Equal(MissionKind.TradeMission, mission.Kind);
        Assert.Equal(SeedReport000.Kor, mission.SendingState);
        Assert.Equal(SeedReport000.Chn, mission.ReceivingState);
        Assert.Equal("Beijing", mission.City);
        // No agreement is reported, so the law gives the premises no inviolability…
        Assert.Null(mission.Agreement);
        Assert.Equal(PremisesInviolability.None, mission.Regime.Inviolability);
        Assert.False(mission.Regime.IsInviolable);

        // …while the reporter's analysis says China "cannot forcibly remove Ri": a plausibility clash.
        var remark = Incident.GetRemark(SeedReport000.ChinaCannotRemoveRi);
        var cannotRemove = Assert.Single(remark.Provenance.Attributions);
        Assert.Contains("cannot forcibly remove Ri", cannotRemove.Span.Quote);
        Assert.Equal(AttributionBasis.Analysis, cannotRemove.Basis);
    }

    [Fact]
    public void Mission_IsKnownByTheReportsLooseNames()
    {
        var mission = Incident.GetMission(SeedReport000.TradeMission);
        var names = mission.Aliases.Select(a => a.Text).ToHashSet();

        Assert.Contains("Seoul mission", names);
        Assert.Contains("the trade mission", names);
        Assert.Contains("the South Korean trade mission", names);
        Assert.Contains("the premises", names);
    }

    [Fact]
    public void Claim_IsRisDiplomaticAsylumFromNorthToSouthKorea()
    {
        var claim = Incident.GetAsylumClaim(SeedReport000.RiClaim);

        Assert.Equal(AsylumKind.Diplomatic, claim.Kind);
        Assert.Equal(SeedReport000.Prk, claim.StateFled);
        Assert.Equal(SeedReport000.Kor, claim.StateAsked);

        // The claimant is Ri Pyong-chol, "Ri" for short, who holds the post of trade representative.
        var claimant = Assert.IsType<NamedPerson>(Incident.GetActor(claim.Claimant));
        Assert.Equal("Ri Pyong-chol", claimant.Name);
        Assert.True(claimant.IsKnownAs("Ri"));
        Assert.Equal(AliasKind.Honorific, claimant.Aliases.Single(a => a.Text == "Ri").Kind);
        Assert.Equal(SeedReport000.Prk, claimant.Nationality);

        var post = Assert.Single(Incident.PostsHeldBy(claim.Claimant));
        Assert.Equal("trade representative", post.Title);
        Assert.Equal(SeedReport000.Prk, post.Serves);
        Assert.Equal(SeedReport000.Chn, post.ExercisedIn?.Country);
    }

    [Fact]
    public void ClaimHistory_RefugeThenRequestThenNegotiation_EachWithItsBasis()
    {
        var history = Incident.GetAsylumClaim(SeedReport000.RiClaim).History;

        Assert.Equal(
            [AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderNegotiation],
            history.Changes.Select(c => c.Status));
        Assert.Equal(AsylumStatus.UnderNegotiation, history.Current);
        Assert.False(history.IsConcluded);

        // The entry is told three ways: by the reporter, by the ministry, and by anonymous sources ("at night").
        var entryBases = history.Changes[0].Provenance.Attributions.Select(a => a.Basis);
        Assert.Contains(AttributionBasis.ReporterAssertion, entryBases);
        Assert.Contains(AttributionBasis.InstitutionalStatement, entryBases);
        var bySources = history.Changes[0].Provenance.Attributions.Single(a => a.Basis == AttributionBasis.AnonymousSources);
        Assert.Equal(SeedReport000.Sources, bySources.AttributedTo);
        Assert.Contains("at night", bySources.Span.Quote);

        // The request is known from South Korea's foreign ministry.
        Assert.Contains(history.Changes[1].Provenance.Attributions, a =>
            a.Basis == AttributionBasis.InstitutionalStatement && a.AttributedTo == SeedReport000.KorForeignMinistry);
    }

    [Fact]
    public void Family_IsAtRisk_OnAHedgedReport()
    {
        var atRisk = Incident.GetAsylumClaim(SeedReport000.RiClaim).PeopleAtRisk;

        Assert.Equal([Kinship.Spouse, Kinship.Child], atRisk.Select(p => p.Kinship));
        Assert.All(atRisk, p => Assert.All(p.Provenance.Attributions, a => Assert.Equal(AttributionBasis.HedgedReport, a.Basis)));
    }

    [Fact]
    public void SouthKoreasForeignMinistry_Confirms()
    {
        var statement = Incident.GetStatement(SeedReport000.KorConfirms);

        Assert.True(statement.Takes(Stance.Confirms));
        Assert.Equal(SeedReport000.KorForeignMinistry, statement.Speaker.Actor);
        Assert.Equal(SeedReport000.Kor, statement.OnBehalfOf);
        Assert.Equal(SeedReport000.RiClaim, statement.Regarding);
        Assert.IsType<Paraphrase>(statement.Text);
    }

    [Fact]
    public void ChinasForeignMinistry_UrgesBothSides_InQuotedWords()
    {
        var statement = Incident.GetStatement(SeedReport000.ChnUrges);

        Assert.True(statement.Takes(Stance.UrgesResolution));
        Assert.Equal(SeedReport000.ChnForeignMinistry, statement.Speaker.Actor);
        Assert.Equal(SeedReport000.Chn, statement.OnBehalfOf);

        // "both sides", resolved by the analyst to the two Koreas.
        Assert.Equal(AddresseeScope.BothSides, statement.Addressees.Scope);
        Assert.Equal("both sides", statement.Addressees.Words);
        Assert.Equal([SeedReport000.Kor, SeedReport000.Prk], statement.Addressees.Actors);

        var quotation = Assert.IsType<Quotation>(statement.Text);
        Assert.Equal(
            "appropriately so as not to affect the healthy and stable development of China-South Korea relations.",
            quotation.SpeakerWords);
        Assert.Contains($"\"{quotation.PrintedText}\"", text);
        Assert.Equal(QuoteRendering.Translation, quotation.Rendering);
        Assert.Equal("027", statement.Coding?.Cameo?.Value);
    }

    [Fact]
    public void ChinasSovereigntyLine_IsReported_WhileTheWarningIsAnalysis()
    {
        var statement = Incident.GetStatement(SeedReport000.ChnSovereignty);

        Assert.True(statement.Takes(Stance.AssertsSovereignty));
        Assert.True(statement.Takes(Stance.Warns));
        Assert.IsType<Paraphrase>(statement.Text);
        var bases = statement.Provenance.Attributions.ToDictionary(a => a.Span.Quote, a => a.Basis);
        Assert.Equal(AttributionBasis.ReporterAssertion, bases["China insists countries should respect each other's sovereignty"]);
        Assert.Equal(AttributionBasis.Analysis, bases["in an implicit warning not to grant asylum"]);
    }

    [Fact]
    public void SouthKoreanOfficials_SpeakAsAnUnnamedGroup()
    {
        var statement = Incident.GetStatement(SeedReport000.KorOfficialsDesperate);

        var speaker = Assert.IsType<PersonGroup>(Incident.GetActor(statement.Speaker.Actor));
        Assert.Equal("South Korean officials", speaker.Description);
        Assert.Equal(SeedReport000.Kor, speaker.Nationality);
        Assert.Equal("he appeared to be in a desperate state", statement.Text?.PrintedText);
    }

    [Fact]
    public void Seoul_IsAMetonymOfSouthKorea_ButBeijingIsNoAliasOfChina()
    {
        var southKorea = Assert.IsType<State>(Incident.GetActor(SeedReport000.Kor));
        var china = Incident.GetActor(SeedReport000.Chn);

        var seoul = southKorea.Aliases.Single(a => a.Text == "Seoul");
        Assert.Equal(AliasKind.Metonym, seoul.Kind);
        Assert.True(southKorea.IsKnownAs("Seoul"));
        Assert.True(southKorea.IsKnownAs("South Korea"));
        Assert.Equal("KOR", southKorea.Code.Value);
        // In this report "Beijing" is only the city of the mission.
        Assert.False(china.IsKnownAs("Beijing"));
        Assert.True(china.IsKnownAs("China"));
    }

    [Fact]
    public void NorthKoreaAndChina_AreAllies()
    {
        var alliance = Assert.Single(Incident.Relations, r => r.Kind == StateRelationKind.Alliance);

        Assert.True(alliance.Connects(SeedReport000.Prk, SeedReport000.Chn));
        Assert.Equal("North Korea, its longtime ally", Assert.Single(alliance.Provenance.Attributions).Span.Quote);
    }

    [Fact]
    public void KimsVisit_IsPlanned()
    {
        var visit = Incident.GetEvent(SeedReport000.KimVisit);

        Assert.Equal(DiplomaticEventKind.StateVisit, visit.Kind);
        Assert.Equal(EventStatus.Planned, visit.Status);
        Assert.Contains(SeedReport000.Kim, visit.Participants);
        Assert.Contains(SeedReport000.Xi, visit.Participants);
        Assert.Equal("leader", Assert.Single(Incident.PostsHeldBy(SeedReport000.Kim)).Title);
        Assert.Equal("president", Assert.Single(Incident.PostsHeldBy(SeedReport000.Xi)).Title);
    }

    [Fact]
    public void EverySentence_IsCoveredByAnAttribution()
    {
        var coverage = SentenceCoverage.Measure(text, report);

        Assert.Equal(16, coverage.Total); // the headline and 15 sentences of body
        Assert.True(coverage.IsComplete, "Sentences no fact is attributed to:\n" + string.Join("\n", coverage.Uncovered));
    }
}
