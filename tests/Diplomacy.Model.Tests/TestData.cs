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

namespace Diplomacy.Model.Tests;

/// <summary>
/// A small, valid incident built from scratch on every call, so that tests can build two equal
/// values independently and break exactly one reference at a known index.
/// </summary>
internal static class TestData
{
    internal const string SourceText =
        "China on Monday urged a solution after Ri Pyong-chol, a North Korean trade representative, took refuge in South Korea's trade mission in Beijing.";

    internal static Provenance Analyst() => Provenance.Analyst("the analyst's reading");

    internal static Attribution Cite(string sourceId, int start, string quote, AttributionBasis basis = AttributionBasis.ReporterAssertion) =>
        new(new(sourceId), new TextSpan(start, quote), basis);

    internal static Provenance Cited(int start, string quote) => Provenance.Cited(Cite("src-000", start, quote));

    internal static Source Source(string id = "src-000") =>
        new(new(id), SourceKind.NewsReport, "en", new ContentHash(new string('a', 64)), headline: "China urges solution to North Korean official's refuge in Seoul mission");

    internal static State Prk() => new(new("prk"), new CountryCode("PRK"), "North Korea");

    internal static State Kor() => new(new("kor"), new CountryCode("KOR"), "South Korea");

    internal static State Chn() => new(new("chn"), new CountryCode("CHN"), "China");

    internal static NamedPerson Ri() =>
        new(new("ri"), "Ri Pyong-chol", new Id<Actor>("prk"), [new Alias("Mr Ri", AliasKind.Honorific, Cited(39, "Ri Pyong-chol"))]);

    internal static NamedPerson Spokesperson() => new(new("spox"), "Mao Ning", new Id<Actor>("chn"));

    internal static PersonGroup Family() => new(new("ri-family"), "his family", isAnonymous: false, new Id<Actor>("prk"));

    internal static Organization Mfa() => new(new("chn-mfa"), "Ministry of Foreign Affairs", OrganizationKind.Ministry, new Id<Actor>("chn"));

    internal static Organization Un() => new(new("un"), "United Nations", OrganizationKind.InternationalOrganization);

    internal static EquatableArray<Source> Sources() => [Source()];

    internal static EquatableArray<Actor> Actors() => [Prk(), Kor(), Chn(), Ri(), Spokesperson(), Family(), Mfa(), Un()];

    internal static Post RiPost() =>
        new(new("ri-trade-rep"), new("ri"), "trade representative", new("prk"), Cited(56, "North Korean trade representative"), new Location(new("chn"), "Beijing"));

    internal static Post SpokespersonPost() => new(new("spox-post"), new("spox"), "foreign ministry spokesperson", new("chn-mfa"), Analyst());

    internal static EquatableArray<Post> Posts() => [RiPost(), SpokespersonPost()];

    internal static EquatableArray<StateRelation> Relations() => [new StateRelation(new("prk"), new("chn"), StateRelationKind.Alliance, Analyst())];

    internal static LegalInstrument TradeAgreement() => new(new("kor-chn-trade"), "Korea–China trade office agreement", LegalInstrumentKind.BilateralAgreement, 1992);

    internal static EquatableArray<LegalInstrument> Instruments() => [LegalInstrument.Vcdr1961, TradeAgreement()];

    internal static Mission Embassy() => new(new("kor-embassy"), MissionKind.Embassy, new("kor"), new("chn"), "Beijing", Analyst());

    internal static Mission ConsularSection() =>
        new(new("kor-consular"), MissionKind.ConsularSection, new("kor"), new("chn"), "Beijing", Analyst(), partOf: new Id<Mission>("kor-embassy"));

    internal static Mission TradeMission() =>
        new(new("kor-trade"), MissionKind.TradeMission, new("kor"), new("chn"), "Beijing", Cited(106, "South Korea's trade mission"),
            agreement: new PrivilegesAgreement(new("kor-chn-trade"), grantsPremisesInviolability: false, Analyst()));

    internal static Mission Consulate() => new(new("kor-shenyang"), MissionKind.Consulate, new("kor"), new("chn"), "Shenyang", Analyst());

    internal static EquatableArray<Mission> Missions() => [Embassy(), ConsularSection(), TradeMission(), Consulate()];

    internal static AsylumClaim Claim() =>
        new(new("claim-ri"), AsylumKind.Diplomatic, new("ri"), Analyst(), new Id<Actor>("prk"), new Id<Actor>("kor"),
            new MissionRefuge(new("kor-trade")),
            new AsylumHistory([new AsylumStatusChange(AsylumStatus.RefugeTaken, Cited(91, "took refuge"))]),
            [new PersonAtRisk(new("ri-family"), Kinship.OtherFamily, Analyst())]);

    internal static EquatableArray<AsylumClaim> Claims() => [Claim()];

    internal static Statement ChinaStatement() =>
        new(new("stmt-chn"), new Speaker(new("spox"), new Id<Post>("spox-post")), [Stance.UrgesResolution, Stance.InvokesTreaty], Cited(0, "China"),
            onBehalfOf: new Id<Actor>("chn"), addressees: Addressees.Of(new Id<Actor>("prk"), new Id<Actor>("kor")),
            text: Quotation.Parse("We hope [both sides] resolve it"), invokes: [new Id<LegalInstrument>("vcdr-1961")],
            regarding: new Id<AsylumClaim>("claim-ri"));

    internal static EquatableArray<Statement> Statements() => [ChinaStatement()];

    internal static DiplomaticEvent Visit() =>
        new(new("visit"), DiplomaticEventKind.StateVisit, "planned leaders' visit", EventStatus.Planned, Analyst(),
            [new Id<Actor>("prk"), new Id<Actor>("chn")], new Location(new("chn"), "Beijing"));

    internal static EquatableArray<DiplomaticEvent> Events() => [Visit()];

    internal static Remark Background() => new(new("remark-1"), RemarkKind.Background, "defections are rare", Analyst(), [new Id<Actor>("ri")]);

    internal static EquatableArray<Remark> Remarks() => [Background()];

    internal static Incident Incident(
        EquatableArray<Source>? sources = null,
        EquatableArray<Actor>? actors = null,
        EquatableArray<Post>? posts = null,
        EquatableArray<StateRelation>? relations = null,
        EquatableArray<LegalInstrument>? instruments = null,
        EquatableArray<Mission>? missions = null,
        EquatableArray<AsylumClaim>? claims = null,
        EquatableArray<Statement>? statements = null,
        EquatableArray<DiplomaticEvent>? events = null,
        EquatableArray<Remark>? remarks = null,
        string title = "North Korean official takes refuge") =>
        new(new("incident-1"), title,
            sources ?? Sources(), actors ?? Actors(), posts ?? Posts(), relations ?? Relations(), instruments ?? Instruments(),
            missions ?? Missions(), claims ?? Claims(), statements ?? Statements(), events ?? Events(), remarks ?? Remarks());

    internal static EquatableArray<T> Plus<T>(this EquatableArray<T> items, T item) => [.. items, item];
}
