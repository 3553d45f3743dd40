using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Incidents;

public partial class IncidentTest
{
    private static readonly Dictionary<string, Func<Incident>> OneChange = new()
    {
        ["title"] = () => TestData.Incident(title: "North Korean official seeks refuge"),
        ["id"] = () => new Incident(new("incident-2"), "North Korean official takes refuge", TestData.Sources(), TestData.Actors(), TestData.Posts(), TestData.Relations(),
            TestData.Instruments(), TestData.Missions(), TestData.Claims(), TestData.Statements(), TestData.Events(), TestData.Remarks()),
        ["source headline"] = () => TestData.Incident(sources: [new Source(new("src-000"), SourceKind.NewsReport, "en", new ContentHash(new string('a', 64)), headline: "Another headline")]),
        ["actor name"] = () => TestData.Incident(actors: [.. TestData.Actors().Select(a => a.Id.Value == "kor" ? new State(new("kor"), new CountryCode("KOR"), "Republic of Korea") : a)]),
        ["actor order"] = () => TestData.Incident(actors: [TestData.Kor(), TestData.Prk(), .. TestData.Actors().Skip(2)]),
        ["post title"] = () => TestData.Incident(posts: [TestData.RiPost(), new Post(new("spox-post"), new("spox"), "spokesperson", new("chn-mfa"), TestData.Analyst())]),
        ["relation kind"] = () => TestData.Incident(relations: [new StateRelation(new("prk"), new("chn"), StateRelationKind.DiplomaticRelations, TestData.Analyst())]),
        ["instrument year"] = () => TestData.Incident(instruments: [LegalInstrument.Vcdr1961, new LegalInstrument(new("kor-chn-trade"), "Korea–China trade office agreement", LegalInstrumentKind.BilateralAgreement, 1993)]),
        ["mission city"] = () => TestData.Incident(missions: [TestData.Embassy(), TestData.ConsularSection(), TestData.TradeMission(), TestData.Consulate().WithCity("Dalian")]),
        ["claim refuge"] = () => TestData.Incident(claims: [TestData.Claim().WithRefuge(new MissionRefuge(new("kor-embassy")))]),
        ["statement text"] = () => TestData.Incident(statements: [TestData.ChinaStatement().WithText(Quotation.Parse("We hope [both sides] resolve it", QuoteRendering.Translation, "zh"))]),
        ["event status"] = () => TestData.Incident(events: [new DiplomaticEvent(new("visit"), DiplomaticEventKind.StateVisit, "planned leaders' visit", EventStatus.Postponed, TestData.Analyst(),
            [new Id<Actor>("prk"), new Id<Actor>("chn")], new Location(new("chn"), "Beijing"))]),
        ["remark summary"] = () => TestData.Incident(remarks: [new Remark(new("remark-1"), RemarkKind.Background, "defections are very rare", TestData.Analyst(), [new Id<Actor>("ri")])]),
        ["remark removed"] = () => TestData.Incident(remarks: []),
    };

    public static TheoryData<string> OneChangeNames => new(OneChange.Keys);

    [Fact]
    public void Equality_IndependentlyBuiltIncidents_AreEqual()
    {
        var a = TestData.Incident();
        var b = TestData.Incident();

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(OneChangeNames))]
    public void Equality_OneElementChanged_IsUnequal(string change)
    {
        var original = TestData.Incident();
        var changed = OneChange[change]();

        Assert.NotEqual(original, changed);
        Assert.True(original != changed);
        Assert.False(original.Equals((object)changed));
    }

    [Fact]
    public void Equality_WithNull()
    {
        var incident = TestData.Incident();

        Assert.False(incident.Equals(null));
        Assert.False(incident == null);
        Assert.True((Incident?)null == null);
        Assert.False(incident.Equals("incident-1"));
    }

    [Fact]
    public void EqualIncidents_WorkAsDictionaryKeys()
    {
        var seen = new HashSet<Incident> { TestData.Incident() };

        Assert.Contains(TestData.Incident(), seen);
        Assert.DoesNotContain(TestData.Incident(title: "other"), seen);
    }

    [Fact]
    public void Equality_AcrossMissionKindsOfActors()
    {
        // Actor is a record hierarchy: equal ids and names but different kinds are different actors.
        var asState = new Incident(new("i"), "t", actors: [new State(new("x"), new CountryCode("XKX"), "Kosovo")]);
        var asOrganization = new Incident(new("i"), "t", actors: [new Organization(new("x"), "Kosovo", OrganizationKind.Government)]);

        Assert.NotEqual(asState, asOrganization);
    }
}
