using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Tests.Seeds;

/// <summary>
/// Seed report 000 ("China urges solution to North Korean official's refuge in Seoul mission"),
/// modelled by hand. Every fact points at the exact words that say it, with the basis the report
/// gives for it. The report has no publisher and no publication date, so its relative times
/// ("late last week", "this month") stay unresolved.
/// </summary>
internal static class SeedReport000
{
    public const string FileName = "000_4a349343ccaee4b6.txt";

    public const string Headline = "China urges solution to North Korean official's refuge in Seoul mission";

    // Ids, so tests can look the facts up.
    public static readonly Id<Incident> IncidentId = new("incident:seed-000");
    public static readonly Id<Source> SourceId = new("src:000");

    public static readonly Id<Actor> Prk = new("prk");
    public static readonly Id<Actor> Kor = new("kor");
    public static readonly Id<Actor> Chn = new("chn");
    public static readonly Id<Actor> Ri = new("person.ri-pyong-chol");
    public static readonly Id<Actor> Kim = new("person.kim-jong-un");
    public static readonly Id<Actor> Xi = new("person.xi-jinping");
    public static readonly Id<Actor> KorForeignMinistry = new("org.kor-mofa");
    public static readonly Id<Actor> ChnForeignMinistry = new("org.chn-mofa");
    public static readonly Id<Actor> PrkRegime = new("org.prk-government");
    public static readonly Id<Actor> Sources = new("group.sources");
    public static readonly Id<Actor> KorOfficials = new("group.south-korean-officials");
    public static readonly Id<Actor> RisWife = new("person.ri-wife");
    public static readonly Id<Actor> RisChildren = new("group.ri-children");

    public static readonly Id<Post> RiTradeRepresentative = new("post.ri-trade-representative");
    public static readonly Id<Post> KimLeader = new("post.kim-leader");
    public static readonly Id<Post> XiPresident = new("post.xi-president");

    public static readonly Id<Mission> TradeMission = new("mission.kor-trade-mission-beijing");

    public static readonly Id<AsylumClaim> RiClaim = new("claim.ri-pyong-chol");

    public static readonly Id<Statement> KorConfirms = new("statement.kor-mofa-confirms");
    public static readonly Id<Statement> ChnUrges = new("statement.chn-mofa-urges");
    public static readonly Id<Statement> ChnSovereignty = new("statement.chn-sovereignty");
    public static readonly Id<Statement> KorOfficialsDesperate = new("statement.kor-officials-desperate");

    public static readonly Id<DiplomaticEvent> KimVisit = new("event.kim-visit-china");
    public static readonly Id<DiplomaticEvent> Defection = new("event.ri-defection");
    public static readonly Id<DiplomaticEvent> Standoff = new("event.standoff");
    public static readonly Id<DiplomaticEvent> Negotiations = new("event.negotiations");
    public static readonly Id<DiplomaticEvent> Crackdowns = new("event.kim-crackdowns");

    public static readonly Id<Remark> ChinaCannotRemoveRi = new("remark.china-cannot-remove-ri");

    /// <summary>The seed text, exactly as stored (no trailing newline is added or removed).</summary>
    public static string ReadText() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", FileName));

    /// <summary>Builds report 000 from the seed text.</summary>
    public static Report Build() => Build(ReadText());

    /// <summary>Builds report 000 from <paramref name="text"/>, which must be the seed text.</summary>
    public static Report Build(string text)
    {
        // ---- Helpers: an attribution is "these exact words, on this basis (per this actor)". ----
        Attribution Says(string words, AttributionBasis basis, Id<Actor>? per = null, int occurrence = 1) =>
            new(SourceId, TextSpan.Find(text, words, occurrence), basis, per);

        Attribution Reporter(string words, int occurrence = 1) => Says(words, AttributionBasis.ReporterAssertion, occurrence: occurrence);

        Alias AliasAt(string words, AliasKind kind, int occurrence = 1, AttributionBasis basis = AttributionBasis.ReporterAssertion) =>
            new(words, kind, Provenance.Cited(Says(words, basis, occurrence: occurrence)));

        // ---- The source: a news report, in English, no publisher, no date. ----
        var source = new Source(SourceId, SourceKind.NewsReport, "en", ContentHash.Of(text), headline: Headline);

        // ---- States. Aliases are the words the report uses for them. ----
        var prk = new State(Prk, new CountryCode("PRK"), "Democratic People's Republic of Korea",
            [
                // "North Korea" also begins "North Korean"; the 3rd occurrence is the name itself.
                AliasAt("North Korea", AliasKind.ShortName, occurrence: 3),
            ],
            cameoCode: "PRK", wikidata: new WikidataId("Q423"));
        var kor = new State(Kor, new CountryCode("KOR"), "Republic of Korea",
            [
                AliasAt("South Korea", AliasKind.ShortName),
                // The headline's "Seoul mission": Seoul stands for the South Korean government.
                AliasAt("Seoul", AliasKind.Metonym),
            ],
            cameoCode: "KOR", wikidata: new WikidataId("Q884"));
        // "Beijing" appears only as a place ("trade mission in Beijing"), so it is no alias of China here.
        var chn = new State(Chn, new CountryCode("CHN"), "People's Republic of China",
            [AliasAt("China", AliasKind.ShortName)],
            cameoCode: "CHN", wikidata: new WikidataId("Q148"));

        // ---- People. ----
        var ri = new NamedPerson(Ri, "Ri Pyong-chol", nationality: Prk, aliases:
            [
                AliasAt("Ri Pyong-chol", AliasKind.Name),
                AliasAt("Ri", AliasKind.Honorific, occurrence: 2), // "Ri's defection"
                AliasAt("a senior North Korean trade official", AliasKind.Description),
                AliasAt("North Korean official", AliasKind.Description), // headline
            ]);
        var kim = new NamedPerson(Kim, "Kim Jong Un", nationality: Prk, wikidata: new WikidataId("Q56226"), aliases:
            [
                AliasAt("Kim Jong Un", AliasKind.Name),
                AliasAt("Kim", AliasKind.Honorific, occurrence: 2), // "Kim's brutal crackdowns"
            ]);
        var xi = new NamedPerson(Xi, "Xi Jinping", nationality: Chn, wikidata: new WikidataId("Q15031"), aliases:
            [AliasAt("Xi Jinping", AliasKind.Name)]);

        // Unnamed and collective people are real actors whose names are unknown.
        var sources = new PersonGroup(Sources, "sources", isAnonymous: true, aliases:
            [AliasAt("sources", AliasKind.Description, basis: AttributionBasis.AnonymousSources)]);
        var korOfficials = new PersonGroup(KorOfficials, "South Korean officials", isAnonymous: true, nationality: Kor, aliases:
            [AliasAt("South Korean officials", AliasKind.Description)]);
        // The family's nationality is not stated, so it is left unknown.
        var wife = new UnnamedPerson(RisWife, "Ri's wife", aliases:
            [AliasAt("His wife", AliasKind.Description, basis: AttributionBasis.HedgedReport)]);
        var children = new PersonGroup(RisChildren, "Ri's children", isAnonymous: false, aliases:
            [AliasAt("children", AliasKind.Description, basis: AttributionBasis.HedgedReport)]);

        // ---- Organizations. ----
        var korMofa = new Organization(KorForeignMinistry, "Ministry of Foreign Affairs of the Republic of Korea", OrganizationKind.Ministry, Kor,
            [AliasAt("South Korea's foreign ministry", AliasKind.Description)]);
        var chnMofa = new Organization(ChnForeignMinistry, "Ministry of Foreign Affairs of the People's Republic of China", OrganizationKind.Ministry, Chn,
            [AliasAt("China's foreign ministry", AliasKind.Description)]);
        var prkRegime = new Organization(PrkRegime, "Government of the Democratic People's Republic of Korea", OrganizationKind.Government, Prk,
            [
                AliasAt("the North Korean regime", AliasKind.Description, basis: AttributionBasis.InstitutionalStatement),
                AliasAt("the regime", AliasKind.Description, occurrence: 1, basis: AttributionBasis.Analysis),
                AliasAt("the regime", AliasKind.Description, occurrence: 2, basis: AttributionBasis.HedgedReport),
            ]);

        // ---- Posts: a person serving a state, exercised somewhere. ----
        var riPost = new Post(RiTradeRepresentative, Ri, "trade representative", Prk,
            Provenance.Cited(
                Reporter("North Korea's trade representative in China"),
                Says("Ri's position as trade representative", AttributionBasis.Background)),
            exercisedIn: new Location(Chn));
        var kimPost = new Post(KimLeader, Kim, "leader", Prk, Provenance.Cited(Reporter("North Korean leader Kim Jong Un")));
        var xiPost = new Post(XiPresident, Xi, "president", Chn, Provenance.Cited(Reporter("President Xi Jinping")));

        // ---- Relations between states. ----
        var alliance = new StateRelation(Prk, Chn, StateRelationKind.Alliance,
            Provenance.Cited(Reporter("North Korea, its longtime ally")));
        // China's own words speak of "China-South Korea relations".
        var chnKorRelations = new StateRelation(Chn, Kor, StateRelationKind.DiplomaticRelations,
            Provenance.Cited(Says("China-South Korea relations", AttributionBasis.InstitutionalStatement, ChnForeignMinistry)));

        // ---- The mission: a trade mission, so no inviolability without an agreement (none is reported). ----
        var mission = new Mission(TradeMission, MissionKind.TradeMission, sendingState: Kor, receivingState: Chn, city: "Beijing",
            Provenance.Cited(Reporter("South Korea's trade mission in Beijing")),
            aliases:
            [
                AliasAt("Seoul mission", AliasKind.Description), // headline: "Seoul" = South Korea
                AliasAt("the South Korean trade mission", AliasKind.Description, occurrence: 1),
                AliasAt("the South Korean trade mission", AliasKind.Description, occurrence: 2, basis: AttributionBasis.AnonymousSources),
                AliasAt("the trade mission", AliasKind.Description, occurrence: 1, basis: AttributionBasis.InstitutionalStatement),
                AliasAt("the trade mission", AliasKind.Description, occurrence: 2, basis: AttributionBasis.Analysis),
                AliasAt("the premises", AliasKind.Description, basis: AttributionBasis.AnonymousSources),
            ],
            subdivision: "CN-BJ",
            // The report reasons as if the premises were inviolable: China "cannot forcibly remove Ri".
            // A trade mission has no inviolability without an agreement, so plausibility flags it.
            premisesClaims:
            [
                new PremisesClaim(PremisesAssertion.ReceivingStateCannotRemovePerson,
                    Provenance.Cited(Says("it cannot forcibly remove Ri from the trade mission", AttributionBasis.Analysis))),
            ]);

        // ---- The asylum claim and its history. Times stay unresolved: the report has no date. ----
        var refugeTaken = new AsylumStatusChange(AsylumStatus.RefugeTaken,
            Provenance.Cited(
                Reporter("entered South Korea's trade mission in Beijing late last week"),
                Reporter("The unannounced visit by Ri to the South Korean trade mission"),
                Says("Ri had entered the trade mission", AttributionBasis.InstitutionalStatement, KorForeignMinistry),
                Says("According to sources, Ri entered the South Korean trade mission at night", AttributionBasis.AnonymousSources, Sources)),
            when: ReportedTime.Unresolved("late last week"),
            note: "at night, according to sources");
        var asylumRequested = new AsylumStatusChange(AsylumStatus.AsylumRequested,
            Provenance.Cited(
                Reporter("seeking asylum"),
                Says("applied for asylum", AttributionBasis.InstitutionalStatement, KorForeignMinistry)));
        var underNegotiation = new AsylumStatusChange(AsylumStatus.UnderNegotiation,
            Provenance.Cited(Reporter("officials from both sides hold tense negotiations over Ri's fate")));

        // "are thought to": the reporter hedges the family's whereabouts.
        var familyProvenance = Provenance.Cited(
            Says("His wife and children are thought to still be in North Korea", AttributionBasis.HedgedReport),
            Says("raising concerns over their safety and possible retaliation by the regime", AttributionBasis.HedgedReport));
        const string familyRisk = "their safety, and possible retaliation by the regime";
        var inNorthKorea = new Location(Prk);

        var claim = new AsylumClaim(RiClaim, AsylumKind.Diplomatic, claimant: Ri,
            Provenance.Cited(
                Reporter("North Korean official's refuge in Seoul mission"),
                Reporter("has refused to leave, seeking asylum"),
                Says("has refused to leave the premises", AttributionBasis.AnonymousSources, Sources)),
            stateFled: Prk, stateAsked: Kor,
            refuge: new MissionRefuge(TradeMission),
            history: new AsylumHistory([refugeTaken, asylumRequested, underNegotiation]),
            peopleAtRisk:
            [
                new PersonAtRisk(RisWife, Kinship.Spouse, familyProvenance, familyRisk, inNorthKorea),
                new PersonAtRisk(RisChildren, Kinship.Child, familyProvenance, familyRisk, inNorthKorea),
            ],
            // The ministry gives the grounds: persecution by the North Korean government.
            grounds: new AsylumGrounds("to avoid persecution by the North Korean regime",
                Provenance.Cited(Says("to avoid persecution by the North Korean regime", AttributionBasis.InstitutionalStatement, KorForeignMinistry)),
                persecutor: PrkRegime));

        // ---- Statements. ----
        // South Korea's foreign ministry confirms the entry and the request (paraphrased, no venue given).
        var korConfirms = new Statement(KorConfirms, new Speaker(KorForeignMinistry), [Stance.Confirms],
            Provenance.Cited(Says(
                "South Korea's foreign ministry confirmed that Ri had entered the trade mission and applied for asylum to avoid persecution by the North Korean regime",
                AttributionBasis.InstitutionalStatement, KorForeignMinistry)),
            onBehalfOf: Kor,
            text: new Paraphrase("Ri had entered the trade mission and applied for asylum to avoid persecution by the North Korean regime"),
            regarding: RiClaim);

        // China's foreign ministry urges "both sides": the analyst reads them as the two Koreas, whose
        // standoff China stands outside of. The English words are a rendering of Chinese remarks.
        const string quotedWords = "appropriately so as not to affect the healthy and stable development of China-South Korea relations.";
        var chnUrges = new Statement(ChnUrges, new Speaker(ChnForeignMinistry), [Stance.UrgesResolution],
            Provenance.Cited(
                Says("China's foreign ministry urged both sides to handle the issue", AttributionBasis.InstitutionalStatement, ChnForeignMinistry),
                Says(quotedWords, AttributionBasis.InstitutionalStatement, ChnForeignMinistry),
                Reporter("China urges solution"), // headline
                Reporter("China has called for a resolution to the diplomatic standoff")),
            onBehalfOf: Chn,
            addressees: new Addressees(AddresseeScope.BothSides, [Kor, Prk], "both sides"),
            text: Quotation.Parse(quotedWords, QuoteRendering.Translation, "zh"),
            regarding: RiClaim,
            coding: new EventCode(new CameoCode("027"), new PloverCoding(PloverEventType.Request, context: "diplomatic")));

        // "China insists …" is reported as fact; reading it as a warning is the reporter's analysis.
        var chnSovereignty = new Statement(ChnSovereignty, new Speaker(Chn), [Stance.AssertsSovereignty, Stance.Warns],
            Provenance.Cited(
                Says("China insists countries should respect each other's sovereignty", AttributionBasis.ReporterAssertion, Chn),
                Says("in an implicit warning not to grant asylum", AttributionBasis.Analysis)),
            onBehalfOf: Chn,
            addressees: new Addressees(AddresseeScope.AllStates, words: "countries"),
            text: new Paraphrase("countries should respect each other's sovereignty"),
            regarding: RiClaim);

        // Unnamed South Korean officials describe Ri's state, taking no position.
        var korOfficialsDesperate = new Statement(KorOfficialsDesperate, new Speaker(KorOfficials), [Stance.Describes],
            Provenance.Cited(Says("said he appeared to be in a desperate state", AttributionBasis.AnonymousSources, KorOfficials)),
            onBehalfOf: Kor,
            text: new Paraphrase("he appeared to be in a desperate state"),
            regarding: RiClaim);

        // ---- Other events. ----
        var kimVisit = new DiplomaticEvent(KimVisit, DiplomaticEventKind.StateVisit, "Kim Jong Un visits China to meet Xi Jinping", EventStatus.Planned,
            Provenance.Cited(Reporter("planning to visit China this month to meet President Xi Jinping")),
            participants: [Kim, Xi, Prk, Chn],
            location: new Location(Chn),
            when: ReportedTime.Unresolved("this month"));
        var defection = new DiplomaticEvent(Defection, DiplomaticEventKind.Defection, "Ri Pyong-chol defects to South Korea", EventStatus.Occurred,
            Provenance.Cited(
                Reporter("the defection of a senior North Korean trade official to South Korea"),
                Says("Ri's defection", AttributionBasis.Analysis),
                Says("His defection", AttributionBasis.Analysis)),
            participants: [Ri, Prk, Kor],
            location: new Location(Chn, "Beijing", "CN-BJ"),
            when: ReportedTime.Unresolved("late last week"),
            regarding: RiClaim);
        var standoff = new DiplomaticEvent(Standoff, DiplomaticEventKind.Other, "Diplomatic standoff over Ri's refuge", EventStatus.Ongoing,
            Provenance.Cited(Reporter("the diplomatic standoff caused by the defection")),
            participants: [Kor, Chn, Prk],
            regarding: RiClaim);
        // "both sides" here: South Korea, whose mission holds Ri, and China, on whose soil it stands.
        var negotiations = new DiplomaticEvent(Negotiations, DiplomaticEventKind.Negotiation, "Tense negotiations over Ri's fate", EventStatus.Ongoing,
            Provenance.Cited(Reporter("officials from both sides hold tense negotiations")),
            participants: [Kor, Chn],
            coding: new EventCode(new CameoCode("046"), new PloverCoding(PloverEventType.Consult, context: "diplomatic")),
            regarding: RiClaim);
        var crackdowns = new DiplomaticEvent(Crackdowns, DiplomaticEventKind.Crackdown, "Kim's crackdowns and purges", EventStatus.Ongoing,
            Provenance.Cited(Says("Kim's brutal crackdowns and frequent purges", AttributionBasis.Analysis)),
            participants: [Kim, Prk]);

        // ---- Remarks: background, analysis, opinion and forecasts, sentence by sentence. ----
        Remark MakeRemark(string id, RemarkKind kind, string summary, Attribution words, params Id<Actor>[] concerning) =>
            new(new Id<Remark>(id), kind, summary, Provenance.Cited(words), concerning.ToEquatableArray());

        EquatableArray<Remark> remarks =
        [
            MakeRemark("remark.sensitive-time", RemarkKind.Analysis, "The defection comes at a sensitive time, before Kim's planned visit to China.",
                Says("Ri's defection comes at a sensitive time", AttributionBasis.Analysis), Ri, Kim, Prk, Chn),
            MakeRemark("remark.embarrassment", RemarkKind.Analysis, "Ri's entry embarrassed China and caused tensions with North Korea.",
                Says("has caused embarrassment for China and tensions with North Korea", AttributionBasis.Analysis), Chn, Prk),
            MakeRemark("remark.kor-dilemma", RemarkKind.Analysis, "South Korea must choose between granting asylum (angering China) and repatriating Ri to punishment.",
                Says("South Korea faces a dilemma over whether to grant asylum and risk angering China, or repatriate Ri to face punishment in North Korea",
                    AttributionBasis.Analysis), Kor, Chn, Ri),
            MakeRemark("remark.smuggling-insight", RemarkKind.Background, "As trade representative Ri knows North Korea's sanctions-evading smuggling networks.",
                Says("gave him insights into the vast smuggling networks North Korea relies on to circumvent sanctions and access foreign currency and goods",
                    AttributionBasis.Background), Ri, Prk),
            MakeRemark("remark.regime-instability", RemarkKind.Analysis, "The defection suggests Kim's crackdowns and purges are destabilizing the regime.",
                Says("His defection suggests Kim's brutal crackdowns and frequent purges are creating further instability within the regime",
                    AttributionBasis.Analysis), Kim, PrkRegime),
            MakeRemark("remark.no-direct-contact", RemarkKind.Uncertainty, "South Korean officials have had no direct contact with Ri.",
                Reporter("South Korean officials have not been able to communicate directly with him"), KorOfficials, Ri),
            MakeRemark("remark.family-concerns", RemarkKind.Speculation, "Ri's family may face retaliation by the regime.",
                Says("raising concerns over their safety and possible retaliation by the regime", AttributionBasis.HedgedReport), RisWife, RisChildren, PrkRegime),
            MakeRemark("remark.china-options", RemarkKind.Analysis, "China has few options.",
                Says("China's options appear limited", AttributionBasis.Analysis), Chn),
            // Legally doubtful: a trade mission has no inviolability without an agreement.
            MakeRemark(ChinaCannotRemoveRi.Value, RemarkKind.Analysis, "China cannot forcibly remove Ri from the trade mission without a serious rift with South Korea.",
                Says("cannot forcibly remove Ri from the trade mission without causing a serious rift with South Korea", AttributionBasis.Analysis), Chn, Ri, Kor),
            MakeRemark("remark.standoff-continues", RemarkKind.Speculation, "The standoff is likely to continue.",
                Says("The standoff looks set to continue", AttributionBasis.Analysis), Kor, Chn),
        ];

        var incident = new Incident(IncidentId, "North Korean trade official takes refuge in South Korea's trade mission in Beijing",
            sources: [source],
            actors: [prk, kor, chn, ri, kim, xi, sources, korOfficials, wife, children, korMofa, chnMofa, prkRegime],
            posts: [riPost, kimPost, xiPost],
            relations: [alliance, chnKorRelations],
            missions: [mission],
            asylumClaims: [claim],
            statements: [korConfirms, chnUrges, chnSovereignty, korOfficialsDesperate],
            events: [kimVisit, defection, standoff, negotiations, crackdowns],
            remarks: remarks);
        return new Report(incident);
    }
}
