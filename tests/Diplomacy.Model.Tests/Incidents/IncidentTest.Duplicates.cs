using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Incidents;

public partial class IncidentTest
{
    private static readonly Dictionary<string, (string Path, string Collection, Func<Incident> Build)> DuplicateCases = new()
    {
        ["sources"] = ("$.sources[1].id", "sources", () => TestData.Incident(sources: TestData.Sources().Plus(TestData.Source()))),
        ["actors"] = ("$.actors[8].id", "actors", () => TestData.Incident(actors: TestData.Actors().Plus(new Organization(new("kor"), "Korea Trade Agency", OrganizationKind.Other)))),
        ["posts"] = ("$.posts[2].id", "posts", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("ri-trade-rep"), new("ri"), "counsellor", new("prk"), TestData.Analyst())))),
        ["instruments"] = ("$.instruments[2].id", "instruments", () => TestData.Incident(instruments: TestData.Instruments().Plus(new LegalInstrument(new("vcdr-1961"), "Other", LegalInstrumentKind.Other)))),
        ["missions"] = ("$.missions[4].id", "missions", () => TestData.Incident(missions: TestData.Missions().Plus(TestData.Embassy().WithCity("Shanghai")))),
        ["asylumClaims"] = ("$.asylumClaims[1].id", "asylumClaims", () => TestData.Incident(claims: TestData.Claims().Plus(new AsylumClaim(new("claim-ri"), AsylumKind.Territorial, new("ri"), TestData.Analyst())))),
        ["statements"] = ("$.statements[1].id", "statements", () => TestData.Incident(statements: TestData.Statements().Plus(new Statement(new("stmt-chn"), new Speaker(new("chn-mfa")), [Stance.Confirms], TestData.Analyst())))),
        ["events"] = ("$.events[1].id", "events", () => TestData.Incident(events: TestData.Events().Plus(new DiplomaticEvent(new("visit"), DiplomaticEventKind.Meeting, "talks", EventStatus.Occurred, TestData.Analyst())))),
        ["remarks"] = ("$.remarks[1].id", "remarks", () => TestData.Incident(remarks: TestData.Remarks().Plus(new Remark(new("remark-1"), RemarkKind.Opinion, "other", TestData.Analyst())))),
    };

    public static TheoryData<string> DuplicateCaseNames => new(DuplicateCases.Keys);

    [Theory]
    [MemberData(nameof(DuplicateCaseNames))]
    public void DuplicateId_ThrowsWithPathOfTheSecondUse(string collection)
    {
        var (path, paramName, build) = DuplicateCases[collection];

        var error = Assert.Throws<IncidentIntegrityException>(build);

        Assert.Equal(path, error.Path);
        Assert.Equal(paramName, error.ParamName);
    }

    [Fact]
    public void DuplicateActor_AtIndexOne_NamesTheEarlierUse()
    {
        var error = Assert.Throws<IncidentIntegrityException>(() =>
            new Incident(new("i"), "t", actors: [TestData.Prk(), new State(new("prk"), new CountryCode("PRK"), "DPRK")]));

        Assert.Equal("$.actors[1].id", error.Path);
        Assert.Contains("actors[0]", error.Problem, StringComparison.Ordinal);
        Assert.Contains("'prk'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualIdsInDifferentCollections_AreAllowed()
    {
        // Ids are unique per collection: an actor and a mission may share a spelling.
        var incident = new Incident(new("i"), "t",
            actors: [TestData.Kor(), TestData.Chn()],
            missions: [new Mission(new("kor"), MissionKind.Embassy, new("kor"), new("chn"), "Beijing", TestData.Analyst())]);

        Assert.IsType<State>(incident.GetActor(new("kor")));
        Assert.Equal(MissionKind.Embassy, incident.GetMission(new("kor")).Kind);
    }
}
