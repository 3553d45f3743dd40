using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Incidents;

public partial class IncidentTest
{
    [Fact]
    public void ValidIncident_IsBuilt()
    {
        var incident = TestData.Incident();

        Assert.Equal("incident-1", incident.Id.Value);
        Assert.Equal(8, incident.Actors.Count);
        Assert.Equal(4, incident.Missions.Count);
    }

    [Fact]
    public void EmptyIncident_IsValid()
    {
        var incident = new Incident(new("i"), "nothing yet");

        Assert.Empty(incident.Actors);
        Assert.Empty(incident.Sources);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankTitle_ThrowsNamingTitle(string title)
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new Incident(new("i"), title)).ParamName);
    }

    [Fact]
    public void Get_KnownIds_ReturnTheEntities()
    {
        var incident = TestData.Incident();

        Assert.Equal(TestData.Source(), incident.GetSource(new("src-000")));
        Assert.Equal(TestData.Ri(), incident.GetActor(new("ri")));
        Assert.IsType<State>(incident.GetActor(new("kor")));
        Assert.Equal(TestData.SpokespersonPost(), incident.GetPost(new("spox-post")));
        Assert.Equal(LegalInstrument.Vcdr1961, incident.GetInstrument(new("vcdr-1961")));
        Assert.Equal(TestData.Consulate(), incident.GetMission(new("kor-shenyang")));
        Assert.Equal(TestData.Claim(), incident.GetAsylumClaim(new("claim-ri")));
        Assert.Equal(TestData.ChinaStatement(), incident.GetStatement(new("stmt-chn")));
        Assert.Equal(TestData.Visit(), incident.GetEvent(new("visit")));
        Assert.Equal(TestData.Background(), incident.GetRemark(new("remark-1")));
    }

    [Fact]
    public void TryGet_KnownAndUnknownIds()
    {
        var incident = TestData.Incident();

        Assert.True(incident.TryGetActor(new("spox"), out var actor));
        Assert.Equal("Mao Ning", actor.DisplayName);
        Assert.True(incident.TryGetMission(new("kor-trade"), out var mission));
        Assert.Equal(MissionKind.TradeMission, mission.Kind);
        Assert.True(incident.TryGetSource(new("src-000"), out _));
        Assert.True(incident.TryGetPost(new("ri-trade-rep"), out _));
        Assert.True(incident.TryGetInstrument(new("kor-chn-trade"), out _));
        Assert.True(incident.TryGetAsylumClaim(new("claim-ri"), out _));
        Assert.True(incident.TryGetStatement(new("stmt-chn"), out _));
        Assert.True(incident.TryGetEvent(new("visit"), out _));
        Assert.True(incident.TryGetRemark(new("remark-1"), out _));

        Assert.False(incident.TryGetActor(new("ghost"), out var none));
        Assert.Null(none);
        Assert.False(incident.TryGetSource(new("ghost"), out _));
        Assert.False(incident.TryGetPost(new("ghost"), out _));
        Assert.False(incident.TryGetInstrument(new("vccr-1963"), out _));
        Assert.False(incident.TryGetMission(new("ghost"), out _));
        Assert.False(incident.TryGetAsylumClaim(new("ghost"), out _));
        Assert.False(incident.TryGetStatement(new("ghost"), out _));
        Assert.False(incident.TryGetEvent(new("ghost"), out _));
        Assert.False(incident.TryGetRemark(new("ghost"), out _));
    }

    [Fact]
    public void Lookups_AreByIdAcrossKinds_NotByName()
    {
        // "ri" is an actor id; the same string is no mission, post or source.
        var incident = TestData.Incident();

        Assert.False(incident.TryGetMission(new("ri"), out _));
        Assert.False(incident.TryGetPost(new("ri"), out _));
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundNamingTheId()
    {
        var incident = TestData.Incident();

        AssertNotFound(() => incident.GetSource(new("ghost-source")), "ghost-source");
        AssertNotFound(() => incident.GetActor(new("ghost-actor")), "ghost-actor");
        AssertNotFound(() => incident.GetPost(new("ghost-post")), "ghost-post");
        AssertNotFound(() => incident.GetInstrument(new("ghost-instrument")), "ghost-instrument");
        AssertNotFound(() => incident.GetMission(new("ghost-mission")), "ghost-mission");
        AssertNotFound(() => incident.GetAsylumClaim(new("ghost-claim")), "ghost-claim");
        AssertNotFound(() => incident.GetStatement(new("ghost-statement")), "ghost-statement");
        AssertNotFound(() => incident.GetEvent(new("ghost-event")), "ghost-event");
        AssertNotFound(() => incident.GetRemark(new("ghost-remark")), "ghost-remark");

        static void AssertNotFound(Func<object> lookup, string id)
        {
            var error = Assert.Throws<KeyNotFoundException>(lookup);
            Assert.Contains($"'{id}'", error.Message, StringComparison.Ordinal);
            Assert.Contains("incident-1", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Get_NullId_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TestData.Incident().GetActor(null!));
    }

    [Fact]
    public void PostsHeldBy_ReturnsThePersonsPosts()
    {
        var incident = TestData.Incident();

        Assert.Equal([TestData.RiPost()], incident.PostsHeldBy(new("ri")));
        Assert.Empty(incident.PostsHeldBy(new("kor")));
    }

    [Fact]
    public void EnumerateAttributions_YieldsEveryCitationWithItsPath()
    {
        var found = TestData.Incident().EnumerateAttributions().Select(a => (a.Path, a.Attribution.Span.Quote)).ToList();

        Assert.Equal(
            [
                ("$.actors[3].aliases[0].provenance", "Ri Pyong-chol"),
                ("$.posts[0].provenance", "North Korean trade representative"),
                ("$.missions[2].provenance", "South Korea's trade mission"),
                ("$.asylumClaims[0].history[0].provenance", "took refuge"),
                ("$.statements[0].provenance", "China"),
            ],
            found);
    }

    [Fact]
    public void EnumerateAttributions_IncludesAgreementPeopleAtRiskEventsAndRemarks()
    {
        var cite = TestData.Cited(0, "China");
        var incident = TestData.Incident(
            missions: [.. TestData.Missions().Take(2), new Mission(new("kor-trade"), MissionKind.TradeMission, new("kor"), new("chn"), "Beijing", TestData.Analyst(),
                agreement: new PrivilegesAgreement(new("kor-chn-trade"), false, cite))],
            claims: [new AsylumClaim(new("claim-ri"), AsylumKind.Diplomatic, new("ri"), cite, peopleAtRisk: [new PersonAtRisk(new("ri-family"), Kinship.Child, cite)])],
            events: [new DiplomaticEvent(new("visit"), DiplomaticEventKind.StateVisit, "visit", EventStatus.Planned, cite)],
            remarks: [new Remark(new("remark-1"), RemarkKind.Analysis, "x", cite)],
            relations: [new StateRelation(new("prk"), new("chn"), StateRelationKind.Alliance, cite)]);

        var paths = incident.EnumerateAttributions().Select(a => a.Path).ToList();

        Assert.Contains("$.missions[2].agreement.provenance", paths);
        Assert.Contains("$.asylumClaims[0].provenance", paths);
        Assert.Contains("$.asylumClaims[0].peopleAtRisk[0].provenance", paths);
        Assert.Contains("$.events[0].provenance", paths);
        Assert.Contains("$.remarks[0].provenance", paths);
        Assert.Contains("$.relations[0].provenance", paths);
    }

    [Fact]
    public void WithMissions_ReturnsNewIncidentAndLeavesOriginal()
    {
        var original = TestData.Incident();
        var extra = new Mission(new("kor-consulate-gz"), MissionKind.ConsulateGeneral, new("kor"), new("chn"), "Guangzhou", TestData.Analyst());

        var changed = original.WithMissions(TestData.Missions().Plus(extra));

        Assert.Equal(4, original.Missions.Count);
        Assert.Equal(5, changed.Missions.Count);
        Assert.Equal(extra, changed.GetMission(new("kor-consulate-gz")));
        Assert.False(original.TryGetMission(new("kor-consulate-gz"), out _));
        Assert.NotSame(original, changed);
    }

    [Fact]
    public void WithMethods_ReplaceOnlyTheirCollection()
    {
        var original = TestData.Incident();

        Assert.Empty(original.WithRemarks([]).Remarks);
        Assert.Equal(original.Actors, original.WithRemarks([]).Actors);
        Assert.Empty(original.WithEvents([]).Events);
        Assert.Empty(original.WithRelations([]).Relations);
        Assert.Equal(original, original.WithStatements(TestData.Statements()));
        Assert.Equal(original, original.WithSources(TestData.Sources()).WithPosts(TestData.Posts()).WithInstruments(TestData.Instruments())
            .WithAsylumClaims(TestData.Claims()).WithActors(TestData.Actors()));
    }

    [Fact]
    public void WithActors_RemovingAReferencedActor_Throws()
    {
        var error = Assert.Throws<IncidentIntegrityException>(() => TestData.Incident().WithActors([.. TestData.Actors().Where(a => a.Id.Value != "ri")]));

        Assert.Equal("$.posts[0].holder", error.Path);
    }

    [Fact]
    public void WithSources_RemovingTheCitedSource_Throws()
    {
        var error = Assert.Throws<IncidentIntegrityException>(() => TestData.Incident().WithSources([]));

        Assert.Equal("$.actors[3].aliases[0].provenance.attributions[0].source", error.Path);
        Assert.Equal("sources", error.ParamName);
    }

    [Fact]
    public void WithStatements_RegardingAnUnknownClaim_Throws()
    {
        var statement = new Statement(new("stmt-2"), new Speaker(new("chn-mfa")), [Stance.DeclinesToComment], TestData.Analyst(), regarding: new Id<AsylumClaim>("claim-x"));

        var error = Assert.Throws<IncidentIntegrityException>(() => TestData.Incident().WithStatements(TestData.Statements().Plus(statement)));

        Assert.Equal("$.statements[1].regarding", error.Path);
    }

    [Fact]
    public void WithMissions_ChangingAKindThatBreaksAPartOf_Throws()
    {
        // The consular section's embassy becomes a consulate: a consular section is part of an embassy only.
        var missions = TestData.Missions();
        var error = Assert.Throws<IncidentIntegrityException>(() =>
            TestData.Incident().WithMissions([missions[0].WithKind(MissionKind.ConsulateGeneral), missions[1], missions[2], missions[3]]));

        Assert.Equal("$.missions[1].partOf", error.Path);
    }

    [Fact]
    public void ToString_ContainsIdTitleAndCounts()
    {
        string text = TestData.Incident().ToString();

        Assert.Contains("incident-1", text, StringComparison.Ordinal);
        Assert.Contains("North Korean official takes refuge", text, StringComparison.Ordinal);
        Assert.Contains("1 sources", text, StringComparison.Ordinal);
        Assert.Contains("8 actors", text, StringComparison.Ordinal);
        Assert.Contains("4 missions", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegrityException_IsAnArgumentExceptionWithPathAndProblem()
    {
        var error = new IncidentIntegrityException("$.actors[1].id", "duplicate", "actors");

        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal("$.actors[1].id", error.Path);
        Assert.Equal("duplicate", error.Problem);
        Assert.StartsWith("$.actors[1].id: duplicate", error.Message, StringComparison.Ordinal);
    }
}
