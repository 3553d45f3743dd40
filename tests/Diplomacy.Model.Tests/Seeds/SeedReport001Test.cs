using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Seeds;

/// <summary>
/// Seed report 001 built by hand (<see cref="SeedReport001"/>): the model can hold all of it, and
/// every fact points at the exact words of the report.
/// </summary>
public class SeedReport001Test
{
    private readonly string text = SeedReport001.ReadText();
    private readonly Report report = SeedReport001.Build();

    private Incident Incident => report.Account;

    [Fact]
    public void Build_SeedText_GivesOneSourcesAccount()
    {
        // The constructor checks every reference (actors, posts, missions, claims…), so building is itself a test.
        Assert.Equal(SeedReport001.SourceId, report.Source.Id);
        Assert.Single(Incident.Sources);
        Assert.Single(Incident.AsylumClaims);
        Assert.Single(Incident.Missions);
        Assert.Equal(4, Incident.Statements.Count);
    }

    [Fact]
    public void Build_Twice_GivesEqualIncidents()
    {
        Assert.Equal(report, SeedReport001.Build(text));
    }

    [Fact]
    public void EveryAttribution_MatchesTheSeedText()
    {
        var attributions = Incident.EnumerateAttributions().ToList();

        Assert.NotEmpty(attributions);
        foreach (var (path, attribution) in attributions)
        {
            Assert.True(attribution.Span.MatchesIn(text), $"{path}: {attribution.Span} does not match the seed text.");
            Assert.Equal(SeedReport001.SourceId, attribution.Source);
        }
    }

    [Fact]
    public void Source_IsAnUndatedNewsReportWithoutPublisherOrHeadline_DatelinedBeijing()
    {
        var source = report.Source;

        Assert.Equal(SourceKind.NewsReport, source.Kind);
        Assert.Equal("en", source.Language);
        Assert.True(source.ContentHash.Matches(text));
        Assert.Equal(ContentHash.Of(text), source.ContentHash);
        Assert.Equal("Beijing, China", source.Dateline);
        Assert.StartsWith(source.Dateline + " - ", text, StringComparison.Ordinal);
        // Unknown, so not invented.
        Assert.Null(source.Headline);
        Assert.Null(source.Publisher);
        Assert.Null(source.PublicationDate);
        Assert.Null(source.PublishedAt);
    }

    [Fact]
    public void RelativeTimes_StayUnresolved_WithoutAPublicationDate()
    {
        var refugeTaken = Incident.GetAsylumClaim(SeedReport001.OfficialClaim).History.Changes[0];
        var briefing = Incident.GetStatement(SeedReport001.ZhaoUrges);

        Assert.Equal("early October", refugeTaken.When?.Words);
        Assert.False(refugeTaken.When?.IsResolved);
        Assert.Equal("on Monday", briefing.When?.Words);
        Assert.False(briefing.When?.IsResolved);
    }

    [Fact]
    public void Claimant_IsAnUnnamedNorthKoreanOfficial()
    {
        var claim = Incident.GetAsylumClaim(SeedReport001.OfficialClaim);

        var claimant = Assert.IsType<UnnamedPerson>(Incident.GetActor(claim.Claimant));
        Assert.Equal(SeedReport001.Prk, claimant.Nationality);
        Assert.Contains("who has not been named", claimant.Description);
        Assert.True(claimant.IsKnownAs("The North Korean official, who has not been named"));
        Assert.Equal("official", Assert.Single(Incident.PostsHeldBy(claim.Claimant)).Title);
    }

    [Fact]
    public void Claim_IsRefugeInAnEmbassy_FleeingNorthKorea_WithTheStateAskedUnsaid()
    {
        var claim = Incident.GetAsylumClaim(SeedReport001.OfficialClaim);

        Assert.Equal(AsylumKind.Diplomatic, claim.Kind);
        Assert.Equal(SeedReport001.Prk, claim.StateFled);
        Assert.Null(claim.StateAsked);
        Assert.Empty(claim.PeopleAtRisk);

        var step = Assert.Single(claim.History.Changes);
        Assert.Equal(AsylumStatus.RefugeTaken, step.Status);
        // "reportedly": the reporter hedges the flight to the embassy.
        var hedged = step.Provenance.Attributions.Single(a => a.Basis == AttributionBasis.HedgedReport);
        Assert.StartsWith("reportedly", hedged.Span.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuge_IsTheDprksEmbassyInSeoul_AsZhaosWordsMakeIt()
    {
        var claim = Incident.GetAsylumClaim(SeedReport001.OfficialClaim);

        var refuge = Assert.IsType<MissionRefuge>(claim.Refuge);
        var mission = Incident.GetMission(refuge.Mission);
        Assert.Equal(MissionKind.Embassy, mission.Kind);
        Assert.Equal("Seoul", mission.City);
        Assert.Equal(SeedReport001.Prk, mission.SendingState);
        Assert.Equal(SeedReport001.Kor, mission.ReceivingState);
        Assert.True(mission.Regime.IsInviolable);

        // Modelled as said, for the plausibility check to flag: the claimant flees the mission's own
        // sending state, and the two Koreas have no diplomatic relations (analyst's knowledge, not the report's).
        Assert.Equal(claim.StateFled, mission.SendingState);
        var noRelations = Assert.Single(Incident.Relations, r => r.Kind == StateRelationKind.NoDiplomaticRelations);
        Assert.True(noRelations.Connects(SeedReport001.Prk, SeedReport001.Kor));
        Assert.True(noRelations.Provenance.IsAnalystAssertion);
    }

    [Fact]
    public void Mission_IsKnownByEveryWordingOfTheReport()
    {
        var mission = Incident.GetMission(SeedReport001.SeoulEmbassy);
        var names = mission.Aliases.Select(a => a.Text).ToHashSet();

        Assert.Contains("the country's embassy in Seoul", names);
        Assert.Contains("the embassy", names);
        Assert.Contains("the Seoul embassy", names);
        Assert.Contains("the embassy of the DPRK [North Korea] in the ROK [South Korea]", names);
        Assert.Contains("North Korea's diplomatic mission in the ROK", names);
        // Zhao's wordings are his, on the record.
        Assert.All(mission.Aliases.Where(a => a.Text.Contains("ROK", StringComparison.Ordinal)),
            a => Assert.All(a.Provenance.Attributions, at =>
            {
                Assert.Equal(AttributionBasis.NamedOfficial, at.Basis);
                Assert.Equal(SeedReport001.Zhao, at.AttributedTo);
            }));
    }

    [Fact]
    public void Zhao_SpeaksAsForeignMinistrySpokesperson_AtARegularBriefing()
    {
        var statement = Incident.GetStatement(SeedReport001.ZhaoUrges);

        Assert.True(statement.Takes(Stance.UrgesResolution));
        Assert.Equal(SeedReport001.Zhao, statement.Speaker.Actor);
        Assert.Equal(SeedReport001.Chn, statement.OnBehalfOf);
        Assert.Equal(VenueKind.RegularPressBriefing, statement.Venue?.Kind);
        Assert.Equal(AddresseeScope.Named, statement.Addressees.Scope);
        Assert.Equal([SeedReport001.Kor], statement.Addressees.Actors);
        Assert.Equal("proper and responsible manner", Assert.IsType<Quotation>(statement.Text).SpeakerWords);

        var zhao = Assert.IsType<NamedPerson>(Incident.GetActor(SeedReport001.Zhao));
        Assert.Equal("Zhao Lijian", zhao.Name);
        Assert.True(zhao.IsKnownAs("Zhao"));
        var post = Incident.GetPost(statement.Speaker.Post ?? throw new InvalidOperationException("No post."));
        Assert.Equal("foreign ministry spokesperson", post.Title);
        Assert.Equal(SeedReport001.ChnForeignMinistry, post.Serves);
    }

    [Fact]
    public void ZhaosQuote_KeepsTheEditorsInsertionsApart_AndInvokesTheVcdr()
    {
        var statement = Incident.GetStatement(SeedReport001.ZhaoVcdr);

        var quotation = Assert.IsType<Quotation>(statement.Text);
        Assert.Contains($"\"{quotation.PrintedText}\"", text);
        Assert.DoesNotContain("[North Korea]", quotation.SpeakerWords);
        Assert.DoesNotContain("[South Korea]", quotation.SpeakerWords);
        Assert.Contains("the embassy of the DPRK  in the ROK  is North Korea's diplomatic mission", quotation.SpeakerWords);
        Assert.Contains(quotation.Segments, s => s.Kind == QuoteSegmentKind.EditorialInsertion && s.Text == "[North Korea]");
        Assert.Contains(quotation.Segments, s => s.Kind == QuoteSegmentKind.EditorialInsertion && s.Text == "[South Korea]");
        Assert.Equal(QuoteRendering.Translation, quotation.Rendering);
        Assert.Equal("zh", quotation.OriginalLanguage);

        Assert.True(statement.Takes(Stance.InvokesTreaty));
        Assert.Equal("vcdr-1961", Assert.Single(statement.Invokes).Value);
        Assert.Equal("Vienna Convention on Diplomatic Relations", Incident.GetInstrument(statement.Invokes[0]).Title);
        Assert.Equal(AddresseeScope.RelevantParties, statement.Addressees.Scope);
        Assert.Equal("Relevant parties", statement.Addressees.Words);
        Assert.Empty(statement.Addressees.Actors);
        Assert.All(statement.Provenance.Attributions, a => Assert.Equal(AttributionBasis.NamedOfficial, a.Basis));
    }

    [Fact]
    public void ChineseGovernment_UrgesSouthKorea_InTheLead()
    {
        var statement = Incident.GetStatement(SeedReport001.ChnGovernmentUrges);

        Assert.True(statement.Takes(Stance.UrgesResolution));
        Assert.Equal(SeedReport001.ChnGovernment, statement.Speaker.Actor);
        Assert.Equal(SeedReport001.Chn, statement.OnBehalfOf);
        Assert.Equal([SeedReport001.Kor], statement.Addressees.Actors);
        Assert.Contains(statement.Provenance.Attributions, a => a.Span.Quote.StartsWith("The Chinese government has urged South Korea", StringComparison.Ordinal));
    }

    [Fact]
    public void SouthKoreanOfficials_HaveNotCommented()
    {
        var statement = Incident.GetStatement(SeedReport001.KorNoComment);

        Assert.Equal([Stance.HasNotCommented], statement.Stances);
        Assert.Null(statement.Text);
        Assert.Equal(SeedReport001.Kor, statement.OnBehalfOf);
        var speaker = Assert.IsType<PersonGroup>(Incident.GetActor(statement.Speaker.Actor));
        Assert.Equal("South Korean officials", speaker.Description);
        Assert.Equal(SeedReport001.Kor, speaker.Nationality);
    }

    [Fact]
    public void Alliances_AreChinaWithNorthKorea_AndSouthKoreaWithTheUnitedStates()
    {
        var alliances = Incident.Relations.Where(r => r.Kind == StateRelationKind.Alliance).ToList();

        Assert.Equal(2, alliances.Count);
        Assert.Contains(alliances, r => r.Connects(SeedReport001.Prk, SeedReport001.Chn));
        Assert.Contains(alliances, r => r.Connects(SeedReport001.Kor, SeedReport001.Usa));
        Assert.All(alliances, r => Assert.False(r.Provenance.IsAnalystAssertion));
    }

    [Fact]
    public void Seoul_IsOnlyACity_AndTheKoreasAreKnownByZhaosAbbreviations()
    {
        var southKorea = Incident.GetActor(SeedReport001.Kor);
        var northKorea = Incident.GetActor(SeedReport001.Prk);
        var china = Incident.GetActor(SeedReport001.Chn);

        Assert.False(southKorea.IsKnownAs("Seoul"));
        Assert.True(southKorea.IsKnownAs("ROK"));
        Assert.True(northKorea.IsKnownAs("DPRK"));
        Assert.True(northKorea.IsKnownAs("North Korea"));
        // "Beijing" is only the dateline.
        Assert.False(china.IsKnownAs("Beijing"));
        Assert.True(china.IsKnownAs("China"));
    }

    [Fact]
    public void Commentary_IsKeptApartFromFact_WithItsKind()
    {
        Assert.Equal(RemarkKind.Uncertainty, Incident.GetRemark(SeedReport001.MotiveUnclear).Kind);
        Assert.Equal(RemarkKind.Speculation, Incident.GetRemark(SeedReport001.MoreIssuesLikely).Kind);

        var opinion = Incident.GetRemark(SeedReport001.StepInRightDirection);
        Assert.Equal(RemarkKind.Opinion, opinion.Kind);
        Assert.Equal(AttributionBasis.Opinion, Assert.Single(opinion.Provenance.Attributions).Basis);
        Assert.Contains(Incident.Remarks, r => r.Kind == RemarkKind.Background);
        Assert.Contains(Incident.Remarks, r => r.Kind == RemarkKind.Analysis);
    }

    [Fact]
    public void EverySentence_IsCoveredByAnAttribution()
    {
        var coverage = SentenceCoverage.Measure(text, report);

        Assert.Equal(18, coverage.Total); // no headline; the dateline opens the first sentence
        Assert.True(coverage.IsComplete, "Sentences no fact is attributed to:\n" + string.Join("\n", coverage.Uncovered));
    }
}
