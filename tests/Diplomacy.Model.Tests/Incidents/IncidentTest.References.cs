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
    private static Provenance CitingUnknownSource() => Provenance.Cited(TestData.Cite("src-999", 0, "China"));

    private static Mission ExtraMission(MissionKind kind, string sending = "kor", string receiving = "chn", Id<Actor>? head = null, Id<Actor>? accreditedTo = null,
        Id<Actor>? protectingPower = null, Id<Mission>? partOf = null, PrivilegesAgreement? agreement = null, Provenance? provenance = null, EquatableArray<Alias> aliases = default) =>
        new(new("extra"), kind, new(sending), new(receiving), "Beijing", provenance ?? TestData.Analyst(), aliases: aliases, head: head, accreditedTo: accreditedTo,
            protectingPower: protectingPower, partOf: partOf, agreement: agreement);

    private static AsylumClaim ExtraClaim(string claimant = "ri", string? fled = null, string? asked = null, PlaceOfRefuge? refuge = null, AsylumHistory? history = null,
        EquatableArray<PersonAtRisk> peopleAtRisk = default) =>
        new(new("claim-2"), AsylumKind.Diplomatic, new(claimant), TestData.Analyst(), fled is null ? null : new Id<Actor>(fled), asked is null ? null : new Id<Actor>(asked),
            refuge, history, peopleAtRisk);

    private static Statement ExtraStatement(Speaker? speaker = null, string? onBehalfOf = null, Addressees? addressees = null, EquatableArray<Id<LegalInstrument>> invokes = default,
        Provenance? provenance = null) =>
        new(new("stmt-2"), speaker ?? new Speaker(new("spox")), invokes.IsEmpty ? [Stance.Protests] : [Stance.InvokesTreaty], provenance ?? TestData.Analyst(),
            onBehalfOf is null ? null : new Id<Actor>(onBehalfOf), addressees, invokes: invokes);

    private static readonly Dictionary<string, (string Path, Func<Incident> Build)> BrokenReferences = new()
    {
        // Actors
        ["organization.state is an organization"] = ("$.actors[8].state", () => TestData.Incident(actors: TestData.Actors().Plus(new Organization(new("party"), "Party", OrganizationKind.Party, new("un"))))),
        ["organization.state missing"] = ("$.actors[8].state", () => TestData.Incident(actors: TestData.Actors().Plus(new Organization(new("party"), "Party", OrganizationKind.Party, new("ghost"))))),
        ["person.nationality is a person"] = ("$.actors[8].nationality", () => TestData.Incident(actors: TestData.Actors().Plus(new UnnamedPerson(new("aide"), "an aide", new Id<Actor>("ri"))))),
        ["person.nationality missing"] = ("$.actors[8].nationality", () => TestData.Incident(actors: TestData.Actors().Plus(new PersonGroup(new("officials"), "officials", false, new Id<Actor>("jpn"))))),

        // Posts
        ["post held by a state"] = ("$.posts[2].holder", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("kor"), "government", new("kor"), TestData.Analyst())))),
        ["post held by an organization"] = ("$.posts[2].holder", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("chn-mfa"), "ministry", new("chn"), TestData.Analyst())))),
        ["post holder missing"] = ("$.posts[2].holder", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("ghost"), "leader", new("prk"), TestData.Analyst())))),
        ["post serves a person"] = ("$.posts[2].serves", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("ri"), "aide", new("spox"), TestData.Analyst())))),
        ["post serves missing"] = ("$.posts[2].serves", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("ri"), "aide", new("ghost"), TestData.Analyst())))),
        ["post exercised in a non-state"] = ("$.posts[2].exercisedIn.country", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("ri"), "aide", new("prk"), TestData.Analyst(), new Location(new("un")))))),

        // Relations
        ["relation with an organization"] = ("$.relations[1].first", () => TestData.Incident(relations: TestData.Relations().Plus(new StateRelation(new("un"), new("kor"), StateRelationKind.DiplomaticRelations, TestData.Analyst())))),
        ["relation with a missing state"] = ("$.relations[1].second", () => TestData.Incident(relations: TestData.Relations().Plus(new StateRelation(new("kor"), new("jpn"), StateRelationKind.DiplomaticRelations, TestData.Analyst())))),

        // Missions
        ["mission sent by an organization"] = ("$.missions[4].sendingState", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.Embassy, sending: "chn-mfa")))),
        ["mission sent by a person"] = ("$.missions[4].sendingState", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.Embassy, sending: "ri")))),
        ["mission received by a missing state"] = ("$.missions[4].receivingState", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.Embassy, receiving: "jpn")))),
        ["mission headed by a state"] = ("$.missions[4].head", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.Embassy, head: new Id<Actor>("kor"))))),
        ["permanent mission accredited to a state"] = ("$.missions[4].accreditedTo", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.PermanentMission, accreditedTo: new Id<Actor>("chn"))))),
        ["permanent mission accredited to a missing organization"] = ("$.missions[4].accreditedTo", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.PermanentMission, accreditedTo: new Id<Actor>("wto"))))),
        ["protecting power is an organization"] = ("$.missions[4].protectingPower", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.InterestsSection, protectingPower: new Id<Actor>("un"))))),
        ["consular section part of a consulate"] = ("$.missions[4].partOf", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.ConsularSection, partOf: new Id<Mission>("kor-shenyang"))))),
        ["consular section part of a trade mission"] = ("$.missions[4].partOf", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.ConsularSection, partOf: new Id<Mission>("kor-trade"))))),
        ["consular section part of a consular section"] = ("$.missions[4].partOf", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.ConsularSection, partOf: new Id<Mission>("kor-consular"))))),
        ["consular section part of a missing mission"] = ("$.missions[4].partOf", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.ConsularSection, partOf: new Id<Mission>("ghost"))))),
        ["consular section of another state's embassy"] = ("$.missions[4].partOf", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.ConsularSection, sending: "prk", partOf: new Id<Mission>("kor-embassy"))))),
        ["consular section in another receiving state than its embassy"] = ("$.missions[4].partOf", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.ConsularSection, receiving: "prk", partOf: new Id<Mission>("kor-embassy"))))),
        ["agreement instrument missing"] = ("$.missions[4].agreement.instrument", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.LiaisonOffice, agreement: new PrivilegesAgreement(new("ghost-agreement"), true, TestData.Analyst()))))),

        // Asylum claims
        ["claimant is a state"] = ("$.asylumClaims[1].claimant", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(claimant: "prk")))),
        ["claimant missing"] = ("$.asylumClaims[1].claimant", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(claimant: "ghost")))),
        ["state fled is an organization"] = ("$.asylumClaims[1].stateFled", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(fled: "chn-mfa")))),
        ["state asked missing"] = ("$.asylumClaims[1].stateAsked", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(fled: "prk", asked: "usa")))),
        ["refuge in a mission not in the incident"] = ("$.asylumClaims[1].refuge.mission", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(refuge: new MissionRefuge(new("kor-embassy-seoul")))))),
        ["territorial refuge in a non-state"] = ("$.asylumClaims[1].refuge.location.country", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(refuge: new TerritorialRefuge(new Location(new("ri"))))))),
        ["transfer via a non-state"] = ("$.asylumClaims[1].history[2].via", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(history: new AsylumHistory(
            [new AsylumStatusChange(AsylumStatus.RefugeTaken, TestData.Analyst()), new AsylumStatusChange(AsylumStatus.LeftRefuge, TestData.Analyst()), new AsylumStatusChange(AsylumStatus.TransferredViaThirdState, TestData.Analyst(), via: new Id<Actor>("un"))]))))),
        ["person at risk is an organization"] = ("$.asylumClaims[1].peopleAtRisk[0].person", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(peopleAtRisk: [new PersonAtRisk(new("chn-mfa"), Kinship.Associate, TestData.Analyst())])))),

        // Statements
        ["speaker missing"] = ("$.statements[1].speaker.actor", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(new Speaker(new("ghost")))))),
        ["speaker post held by someone else"] = ("$.statements[1].speaker.post", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(new Speaker(new("ri"), new Id<Post>("spox-post")))))),
        ["speaker post missing"] = ("$.statements[1].speaker.post", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(new Speaker(new("spox"), new Id<Post>("ghost-post")))))),
        ["on behalf of an organization"] = ("$.statements[1].onBehalfOf", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(onBehalfOf: "chn-mfa")))),
        ["addressee missing"] = ("$.statements[1].addressees.actors[1]", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(addressees: Addressees.Of(new Id<Actor>("kor"), new Id<Actor>("jpn")))))),
        ["invokes an instrument not in the incident"] = ("$.statements[1].invokes[0]", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(invokes: [new Id<LegalInstrument>("vccr-1963")])))),

        // Events and remarks
        ["event participant missing"] = ("$.events[1].participants[1]", () => TestData.Incident(events: TestData.Events().Plus(new DiplomaticEvent(new("talks"), DiplomaticEventKind.Negotiation, "talks", EventStatus.Ongoing, TestData.Analyst(), [new Id<Actor>("kor"), new Id<Actor>("ghost")])))),
        ["person at risk located in a non-state"] = ("$.asylumClaims[1].peopleAtRisk[0].whereabouts.country", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(peopleAtRisk: [new PersonAtRisk(new("ri-family"), Kinship.Spouse, TestData.Analyst(), whereabouts: new Location(new("chn-mfa")))])))),
        ["grounds name a missing persecutor"] = ("$.asylumClaims[1].grounds.persecutor", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim().WithGrounds(new AsylumGrounds("persecution", TestData.Analyst(), new("ghost")))))),
        ["grounds cite an unknown source"] = ("$.asylumClaims[1].grounds.provenance.attributions[0].source", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim().WithGrounds(new AsylumGrounds("persecution", CitingUnknownSource()))))),
        ["event regarding a missing claim"] = ("$.events[1].regarding", () => TestData.Incident(events: TestData.Events().Plus(new DiplomaticEvent(new("talks"), DiplomaticEventKind.Negotiation, "talks", EventStatus.Ongoing, TestData.Analyst(), regarding: new("claim-9"))))),
        ["event located in a non-state"] = ("$.events[1].location.country", () => TestData.Incident(events: TestData.Events().Plus(new DiplomaticEvent(new("talks"), DiplomaticEventKind.Negotiation, "talks", EventStatus.Ongoing, TestData.Analyst(), location: new Location(new("chn-mfa")))))),
        ["remark concerning a missing actor"] = ("$.remarks[1].concerning[0]", () => TestData.Incident(remarks: TestData.Remarks().Plus(new Remark(new("r2"), RemarkKind.Speculation, "x", TestData.Analyst(), [new Id<Actor>("ghost")])))),

        // Attributions, wherever a provenance is held
        ["alias cites an unknown source"] = ("$.actors[8].aliases[0].provenance.attributions[0].source", () => TestData.Incident(actors: TestData.Actors().Plus(new State(new("jpn"), new CountryCode("JPN"), "Japan", [new Alias("Tokyo", AliasKind.Metonym, CitingUnknownSource())])))),
        ["post cites an unknown source"] = ("$.posts[2].provenance.attributions[0].source", () => TestData.Incident(posts: TestData.Posts().Plus(new Post(new("p"), new("ri"), "aide", new("prk"), CitingUnknownSource())))),
        ["relation cites an unknown source"] = ("$.relations[1].provenance.attributions[0].source", () => TestData.Incident(relations: TestData.Relations().Plus(new StateRelation(new("kor"), new("chn"), StateRelationKind.DiplomaticRelations, CitingUnknownSource())))),
        ["mission cites an unknown source"] = ("$.missions[4].provenance.attributions[0].source", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.Embassy, sending: "prk", provenance: CitingUnknownSource())))),
        ["mission alias cites an unknown source"] = ("$.missions[4].aliases[0].provenance.attributions[0].source", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.Embassy, sending: "prk", aliases: [new Alias("the embassy", AliasKind.Description, CitingUnknownSource())])))),
        ["agreement cites an unknown source"] = ("$.missions[4].agreement.provenance.attributions[0].source", () => TestData.Incident(missions: TestData.Missions().Plus(ExtraMission(MissionKind.TradeOffice, agreement: new PrivilegesAgreement(new("kor-chn-trade"), true, CitingUnknownSource()))))),
        ["claim cites an unknown source"] = ("$.asylumClaims[1].provenance.attributions[0].source", () => TestData.Incident(claims: TestData.Claims().Plus(new AsylumClaim(new("claim-2"), AsylumKind.Diplomatic, new("ri"), CitingUnknownSource())))),
        ["history step cites an unknown source"] = ("$.asylumClaims[1].history[0].provenance.attributions[0].source", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(history: new AsylumHistory([new AsylumStatusChange(AsylumStatus.RefugeTaken, CitingUnknownSource())]))))),
        ["person at risk cites an unknown source"] = ("$.asylumClaims[1].peopleAtRisk[0].provenance.attributions[0].source", () => TestData.Incident(claims: TestData.Claims().Plus(ExtraClaim(peopleAtRisk: [new PersonAtRisk(new("ri-family"), Kinship.Spouse, CitingUnknownSource())])))),
        ["statement cites an unknown source"] = ("$.statements[1].provenance.attributions[0].source", () => TestData.Incident(statements: TestData.Statements().Plus(ExtraStatement(provenance: CitingUnknownSource())))),
        ["event cites an unknown source"] = ("$.events[1].provenance.attributions[0].source", () => TestData.Incident(events: TestData.Events().Plus(new DiplomaticEvent(new("talks"), DiplomaticEventKind.Negotiation, "talks", EventStatus.Ongoing, CitingUnknownSource())))),
        ["remark cites an unknown source"] = ("$.remarks[1].provenance.attributions[0].source", () => TestData.Incident(remarks: TestData.Remarks().Plus(new Remark(new("r2"), RemarkKind.Analysis, "x", CitingUnknownSource())))),
        ["second attribution cites an unknown source"] = ("$.remarks[1].provenance.attributions[1].source", () => TestData.Incident(remarks: TestData.Remarks().Plus(new Remark(new("r2"), RemarkKind.Analysis, "x",
            Provenance.Cited(TestData.Cite("src-000", 0, "China"), TestData.Cite("src-001", 0, "China")))))),
        ["attribution attributed to a missing actor"] = ("$.remarks[1].provenance.attributions[0].attributedTo", () => TestData.Incident(remarks: TestData.Remarks().Plus(new Remark(new("r2"), RemarkKind.Analysis, "x",
            Provenance.Cited(new Attribution(new("src-000"), new TextSpan(0, "China"), AttributionBasis.AnonymousSources, new("ghost-sources"))))))),
    };

    public static TheoryData<string> BrokenReferenceNames => new(BrokenReferences.Keys);

    [Theory]
    [MemberData(nameof(BrokenReferenceNames))]
    public void BrokenReference_ThrowsWithExactPath(string name)
    {
        var (path, build) = BrokenReferences[name];

        var error = Assert.Throws<IncidentIntegrityException>(build);

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Problem));
    }

    [Fact]
    public void BrokenReference_ParamNameIsTheCollection()
    {
        var error = Assert.Throws<IncidentIntegrityException>(BrokenReferences["post held by a state"].Build);

        Assert.Equal("posts", error.ParamName);
        Assert.Contains("'kor'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidReferencesOfEachKind_AreAccepted()
    {
        // The counterparts of the broken cases above, to show each check accepts what it should.
        var incident = TestData.Incident(
            missions: TestData.Missions()
                .Plus(new Mission(new("kor-un"), MissionKind.PermanentMission, new("kor"), new("chn"), "New York", TestData.Analyst(), accreditedTo: new Id<Actor>("un")))
                .Plus(new Mission(new("prk-interests"), MissionKind.InterestsSection, new("prk"), new("kor"), "Seoul", TestData.Analyst(), protectingPower: new Id<Actor>("chn"), head: new Id<Actor>("ri"))),
            claims: TestData.Claims().Plus(ExtraClaim(fled: "prk", asked: "chn", refuge: new TerritorialRefuge(new Location(new("chn"), "Beijing")),
                history: new AsylumHistory([new AsylumStatusChange(AsylumStatus.RefugeTaken, TestData.Analyst()),
                    new AsylumStatusChange(AsylumStatus.LeftRefuge, TestData.Analyst()),
                    new AsylumStatusChange(AsylumStatus.TransferredViaThirdState, TestData.Analyst(), via: new Id<Actor>("chn"))]))),
            statements: TestData.Statements().Plus(ExtraStatement(new Speaker(new("ri"), new Id<Post>("ri-trade-rep")), onBehalfOf: "prk")));

        Assert.Equal(6, incident.Missions.Count);
        Assert.Equal(2, incident.Statements.Count);
    }
}
