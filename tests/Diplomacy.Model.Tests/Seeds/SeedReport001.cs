using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Tests.Seeds;

/// <summary>
/// Seed report 001 ("Beijing, China - The Chinese government has urged South Korea…"), modelled by
/// hand. Every fact points at the exact words that say it, with the basis the report gives for it.
/// The report has no headline (it opens with the dateline "Beijing, China"), no publisher and no
/// publication date, so its relative times ("early October", "on Monday", "thus far") stay unresolved.
/// </summary>
internal static class SeedReport001
{
    public const string FileName = "001_fed66e88e93c876f.txt";

    public const string Dateline = "Beijing, China";

    // Ids, so tests can look the facts up.
    public static readonly Id<Incident> IncidentId = new("incident:seed-001");
    public static readonly Id<Source> SourceId = new("src:001");

    public static readonly Id<Actor> Prk = new("prk");
    public static readonly Id<Actor> Kor = new("kor");
    public static readonly Id<Actor> Chn = new("chn");
    public static readonly Id<Actor> Usa = new("usa");
    public static readonly Id<Actor> Official = new("person.unnamed-prk-official");
    public static readonly Id<Actor> Zhao = new("person.zhao-lijian");
    public static readonly Id<Actor> ChnForeignMinistry = new("org.chn-mofa");
    public static readonly Id<Actor> ChnGovernment = new("org.chn-government");
    public static readonly Id<Actor> PrkRegime = new("org.prk-government");
    public static readonly Id<Actor> KorOfficials = new("group.south-korean-officials");

    public static readonly Id<Post> OfficialPost = new("post.unnamed-prk-official");
    public static readonly Id<Post> ZhaoSpokesperson = new("post.zhao-spokesperson");

    public static readonly Id<Mission> SeoulEmbassy = new("mission.prk-embassy-seoul");

    public static readonly Id<AsylumClaim> OfficialClaim = new("claim.unnamed-prk-official");

    public static readonly Id<Statement> ChnGovernmentUrges = new("statement.chn-government-urges");
    public static readonly Id<Statement> ZhaoUrges = new("statement.zhao-urges");
    public static readonly Id<Statement> ZhaoVcdr = new("statement.zhao-vcdr");
    public static readonly Id<Statement> KorNoComment = new("statement.kor-officials-no-comment");

    public static readonly Id<Remark> MotiveUnclear = new("remark.motive-unclear");
    public static readonly Id<Remark> StepInRightDirection = new("remark.step-in-right-direction");
    public static readonly Id<Remark> MoreIssuesLikely = new("remark.more-issues-likely");

    /// <summary>The words Zhao is quoted as saying, exactly as printed between the quotation marks.</summary>
    public const string ZhaoQuote =
        "Relevant parties should respect the fact that the embassy of the DPRK [North Korea] in the ROK [South Korea] is North Korea's diplomatic mission in the ROK and deal with it in accordance with the Vienna Convention on Diplomatic Relations,";

    /// <summary>The seed text, exactly as stored (no trailing newline is added or removed).</summary>
    public static string ReadText() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", FileName));

    /// <summary>Builds report 001 from the seed text.</summary>
    public static Report Build() => Build(ReadText());

    /// <summary>Builds report 001 from <paramref name="text"/>, which must be the seed text.</summary>
    public static Report Build(string text)
    {
        // ---- Helpers: an attribution is "these exact words, on this basis (per this actor)". ----
        Attribution Says(string words, AttributionBasis basis, Id<Actor>? per = null, int occurrence = 1) =>
            new(SourceId, TextSpan.Find(text, words, occurrence), basis, per);

        Attribution Reporter(string words, int occurrence = 1) => Says(words, AttributionBasis.ReporterAssertion, occurrence: occurrence);

        Attribution ByZhao(string words, int occurrence = 1) => Says(words, AttributionBasis.NamedOfficial, Zhao, occurrence);

        Alias AliasAt(string words, AliasKind kind, int occurrence = 1, AttributionBasis basis = AttributionBasis.ReporterAssertion, Id<Actor>? per = null) =>
            new(words, kind, Provenance.Cited(Says(words, basis, per, occurrence)));

        // ---- The source: a news report, in English, datelined Beijing; no headline, publisher or date. ----
        var source = new Source(SourceId, SourceKind.NewsReport, "en", ContentHash.Of(text), dateline: Dateline);

        // ---- States. Aliases are the words the report uses for them. ----
        var prk = new State(Prk, new CountryCode("PRK"), "Democratic People's Republic of Korea",
            [
                // The 1st "North Korea" begins "North Korean official"; the 2nd is the name itself.
                AliasAt("North Korea", AliasKind.ShortName, occurrence: 2),
                // Zhao's own word for it; the reporter glosses it "[North Korea]".
                AliasAt("DPRK", AliasKind.Abbreviation, basis: AttributionBasis.NamedOfficial, per: Zhao),
            ],
            cameoCode: "PRK", wikidata: new WikidataId("Q423"));
        // "Seoul" is only a city in this report ("the country's embassy in Seoul", "the Seoul embassy"):
        // report 001 reads the other report's "Seoul mission" literally, so it is no alias of South Korea here.
        var kor = new State(Kor, new CountryCode("KOR"), "Republic of Korea",
            [
                AliasAt("South Korea", AliasKind.ShortName),
                AliasAt("ROK", AliasKind.Abbreviation, basis: AttributionBasis.NamedOfficial, per: Zhao),
            ],
            cameoCode: "KOR", wikidata: new WikidataId("Q884"));
        // The 1st "China" is the dateline ("Beijing, China"), which is source metadata, not a mention of the actor.
        var chn = new State(Chn, new CountryCode("CHN"), "People's Republic of China",
            [AliasAt("China", AliasKind.ShortName, occurrence: 2)],
            cameoCode: "CHN", wikidata: new WikidataId("Q148"));
        var usa = new State(Usa, new CountryCode("USA"), "United States of America",
            [AliasAt("the United States", AliasKind.ShortName)],
            cameoCode: "USA", wikidata: new WikidataId("Q30"));

        // ---- People. ----
        // An unnamed person is a real actor whose name is unknown; comparison may align it with report 000's Ri Pyong-chol.
        var official = new UnnamedPerson(Official, "a North Korean official, who has not been named", nationality: Prk, aliases:
            [
                AliasAt("a North Korean official", AliasKind.Description),
                AliasAt("The North Korean official, who has not been named", AliasKind.Description),
                AliasAt("the official", AliasKind.Description),
                AliasAt("the North Korean official", AliasKind.Description),
            ]);
        // Zhao's nationality is not stated; like Xi Jinping in report 000 it is taken from the state he speaks for.
        var zhao = new NamedPerson(Zhao, "Zhao Lijian", nationality: Chn, aliases:
            [
                AliasAt("Zhao Lijian", AliasKind.Name),
                AliasAt("Zhao", AliasKind.Honorific, occurrence: 2), // "Zhao said"
            ]);
        // "South Korean officials" are not sources withholding their names: they are the South Korean
        // side, unspecified, of whom the report says they have not spoken.
        var korOfficials = new PersonGroup(KorOfficials, "South Korean officials", isAnonymous: false, nationality: Kor, aliases:
            [AliasAt("South Korean officials", AliasKind.Description)]);

        // ---- Organizations. ----
        var chnMofa = new Organization(ChnForeignMinistry, "Ministry of Foreign Affairs of the People's Republic of China", OrganizationKind.Ministry, Chn,
            [AliasAt("Chinese foreign ministry", AliasKind.Description)]);
        var chnGovernment = new Organization(ChnGovernment, "Government of the People's Republic of China", OrganizationKind.Government, Chn,
            [
                AliasAt("The Chinese government", AliasKind.Description, occurrence: 1),
                AliasAt("The Chinese government", AliasKind.Description, occurrence: 2), // in the closing opinion, but naming is no opinion
            ]);
        // "oppressive" is the reporter's judgement, so the alias is cited as background told with a view.
        var prkRegime = new Organization(PrkRegime, "Government of the Democratic People's Republic of Korea", OrganizationKind.Government, Prk,
            [AliasAt("the oppressive regime in the country", AliasKind.Description, basis: AttributionBasis.Background)]);

        // ---- Posts. ----
        // "official" is all the report says of the claimant's role: a post serving North Korea, title unknown
        // beyond that (report 000 is more specific: "trade representative").
        var officialPost = new Post(OfficialPost, Official, "official", Prk, Provenance.Cited(Reporter("a North Korean official")));
        var zhaoPost = new Post(ZhaoSpokesperson, Zhao, "foreign ministry spokesperson", ChnForeignMinistry,
            Provenance.Cited(Reporter("The Chinese foreign ministry spokesperson, Zhao Lijian")));

        // ---- Relations between states. ----
        var prkChnAlliance = new StateRelation(Prk, Chn, StateRelationKind.Alliance,
            Provenance.Cited(Says("China is North Korea's closest ally", AttributionBasis.Background)));
        var korUsaAlliance = new StateRelation(Kor, Usa, StateRelationKind.Alliance,
            Provenance.Cited(Says("South Korea has also been a strong ally of the United States", AttributionBasis.Background)));
        // Not said by the report (it even speaks of China and South Korea "who have close ties to North Korea"),
        // but needed to judge its mission: no North Korean embassy can exist in Seoul.
        var koreasNoRelations = new StateRelation(Prk, Kor, StateRelationKind.NoDiplomaticRelations,
            Provenance.Analyst("reference knowledge: the two Koreas have no diplomatic relations"));

        // ---- The mission, as the report's words make it. ----
        // The lead says "the country's embassy in Seoul": "the country" is ambiguous (South Korea, the
        // last country named, cannot have an embassy in its own capital; North Korea, the official's
        // country, is the only reading that yields an embassy in Seoul). Zhao's quoted words settle it:
        // "the embassy of the DPRK [North Korea] in the ROK [South Korea] is North Korea's diplomatic
        // mission in the ROK". So the report's mission is North Korea's embassy in South Korea:
        // sending PRK, receiving KOR, city Seoul. This is modelled as said, not corrected: the plausibility
        // check should flag it (the two Koreas have no diplomatic relations, so no such embassy; and a
        // claimant fleeing North Korea would be taking refuge in North Korea's own embassy). The
        // reporter's "taking refuge in a foreign embassy is a rare move" (background) reads it otherwise.
        // Each wording is kept as an alias, so comparison can set it beside report 000's trade mission.
        var mission = new Mission(SeoulEmbassy, MissionKind.Embassy, sendingState: Prk, receivingState: Kor, city: "Seoul",
            Provenance.Cited(
                Reporter("the country's embassy in Seoul"),
                ByZhao("the embassy of the DPRK [North Korea] in the ROK [South Korea] is North Korea's diplomatic mission in the ROK")),
            aliases:
            [
                AliasAt("the country's embassy in Seoul", AliasKind.Description),
                AliasAt("the embassy", AliasKind.Description, occurrence: 1, basis: AttributionBasis.HedgedReport), // "reportedly fled to the embassy"
                AliasAt("the embassy", AliasKind.Description, occurrence: 2), // "why the embassy accepted them"
                AliasAt("the embassy of the DPRK [North Korea] in the ROK [South Korea]", AliasKind.Description,
                    basis: AttributionBasis.NamedOfficial, per: Zhao),
                AliasAt("North Korea's diplomatic mission in the ROK", AliasKind.Description, basis: AttributionBasis.NamedOfficial, per: Zhao),
                AliasAt("the Seoul embassy", AliasKind.Description),
            ]);

        // ---- The asylum claim and its history. ----
        // Kind: "taking refuge" / "seek refuge" in an embassy, "the embassy accepted them": refuge in a
        // mission's premises is what diplomatic asylum is, so Diplomatic (the report never says "asylum"
        // of this person, nor that asylum was requested, so the history has no AsylumRequested step).
        // State fled: North Korea, from "North Korean official" and the report's own framing ("North
        // Koreans … defect or seek asylum overseas … to flee"). State asked: not said. The embassy that
        // "accepted them" is, on Zhao's words, North Korea's own — the state fled — which the model rightly
        // refuses as a state asked; so it stays null and the clash is left to the plausibility check.
        var refugeTaken = new AsylumStatusChange(AsylumStatus.RefugeTaken,
            Provenance.Cited(
                Says("reportedly fled to the embassy in early October", AttributionBasis.HedgedReport),
                Reporter("a North Korean official taking refuge in the country's embassy in Seoul"),
                Reporter("why the embassy accepted them")),
            when: ReportedTime.Unresolved("early October"),
            note: "the embassy accepted them, for reasons the report calls unclear");

        var claim = new AsylumClaim(OfficialClaim, AsylumKind.Diplomatic, claimant: Official,
            Provenance.Cited(
                Reporter("the issue of a North Korean official taking refuge in the country's embassy in Seoul"),
                Reporter("the North Korean official seeking refuge in the Seoul embassy")),
            stateFled: Prk,
            refuge: new MissionRefuge(SeoulEmbassy),
            history: new AsylumHistory([refugeTaken]));

        // ---- Statements. ----
        // The lead: the Chinese government urges South Korea. It is probably the same act as Zhao's call
        // at the briefing, told twice; the model has no link for "same act" (a gap), so both are kept.
        var chnGovernmentUrges = new Statement(ChnGovernmentUrges, new Speaker(ChnGovernment), [Stance.UrgesResolution],
            Provenance.Cited(
                Says("The Chinese government has urged South Korea to address the issue", AttributionBasis.InstitutionalStatement, ChnGovernment),
                Says("The Chinese government's urging of a \"proper and responsible\" resolution to the situation", AttributionBasis.InstitutionalStatement, ChnGovernment)),
            onBehalfOf: Chn,
            addressees: new Addressees(AddresseeScope.Named, [Kor], "South Korea"),
            text: new Paraphrase("South Korea should address the issue of a North Korean official taking refuge in the country's embassy in Seoul"),
            regarding: OfficialClaim,
            coding: new EventCode(new CameoCode("027"), new PloverCoding(PloverEventType.Request, context: "diplomatic")));

        // Zhao's call at the briefing: a paraphrase around three quoted words. The model holds either a
        // paraphrase or a quotation, not both (a gap); the quoted words are kept, the paraphrase is in the span.
        var zhaoUrges = new Statement(ZhaoUrges, new Speaker(Zhao, ZhaoSpokesperson), [Stance.UrgesResolution],
            Provenance.Cited(
                ByZhao("addressed the issue at a regular press briefing on Monday, calling on South Korea to resolve the situation in a \"proper and responsible manner\"")),
            onBehalfOf: Chn,
            addressees: new Addressees(AddresseeScope.Named, [Kor], "South Korea"),
            text: Quotation.Parse("proper and responsible manner", QuoteRendering.Translation, "zh"),
            when: ReportedTime.Unresolved("on Monday"),
            venue: new Venue(VenueKind.RegularPressBriefing, "a regular press briefing"),
            regarding: OfficialClaim,
            coding: new EventCode(new CameoCode("027"), new PloverCoding(PloverEventType.Request, context: "diplomatic")));

        // Zhao's quoted sentence, an English rendering of Chinese remarks. The reporter's glosses
        // "[North Korea]" and "[South Korea]" are editorial insertions, not Zhao's words. It invokes the
        // VCDR and asks the "relevant parties" (unnamed) to deal with the matter under it. It asserts the
        // mission's status as North Korea's diplomatic mission — which no Stance names (a gap); it is not
        // a claim of sovereignty, so AssertsSovereignty is not taken. Said "on Monday" at the briefing:
        // the report sets the quote right after the briefing, with nothing to say it was said elsewhere.
        var zhaoVcdr = new Statement(ZhaoVcdr, new Speaker(Zhao, ZhaoSpokesperson), [Stance.AssertsMissionStatus, Stance.InvokesTreaty, Stance.UrgesResolution],
            Provenance.Cited(ByZhao(ZhaoQuote), ByZhao("Zhao said")),
            onBehalfOf: Chn,
            addressees: new Addressees(AddresseeScope.RelevantParties, words: "Relevant parties"),
            text: Quotation.Parse(ZhaoQuote, QuoteRendering.Translation, "zh"),
            when: ReportedTime.Unresolved("on Monday"),
            venue: new Venue(VenueKind.RegularPressBriefing, "a regular press briefing"),
            invokes: [LegalInstrument.Vcdr1961.Id],
            regarding: OfficialClaim,
            coding: new EventCode(new CameoCode("020"), new PloverCoding(PloverEventType.Request, context: "diplomatic")));

        // South Korea has said nothing: no text. "have not commented" is silence, not an explicit refusal.
        var korNoComment = new Statement(KorNoComment, new Speaker(KorOfficials), [Stance.HasNotCommented],
            Provenance.Cited(Reporter("South Korean officials have thus far not commented on the situation")),
            onBehalfOf: Kor,
            when: ReportedTime.Unresolved("thus far"),
            regarding: OfficialClaim);

        // ---- Remarks: background, analysis, opinion, forecasts and uncertainty, sentence by sentence. ----
        Remark MakeRemark(string id, RemarkKind kind, string summary, Attribution words, params Id<Actor>[] concerning) =>
            new(new Id<Remark>(id), kind, summary, Provenance.Cited(words), concerning.ToEquatableArray());

        // "the international community" is no actor the model can hold (a gap); only the United States,
        // named in it, is listed.
        EquatableArray<Remark> remarks =
        [
            MakeRemark("remark.tensions-high", RemarkKind.Background,
                "The refuge comes as tensions between North Korea and the international community, particularly the United States, remain high.",
                Says("This move comes as tensions remain high between North Korea and the international community, particularly the United States",
                    AttributionBasis.Background), Prk, Usa),
            MakeRemark(MotiveUnclear.Value, RemarkKind.Uncertainty, "Why the official sought refuge, and why the embassy accepted them, is unclear.",
                Reporter("It is unclear what led the official to seek refuge or why the embassy accepted them"), Official),
            MakeRemark("remark.diplomatic-tension", RemarkKind.Analysis, "The refuge has caused some diplomatic tension.",
                Says("the move has certainly caused some diplomatic tension", AttributionBasis.Analysis)),
            MakeRemark("remark.defection-not-unusual", RemarkKind.Background,
                "North Koreans often defect or seek asylum abroad, fleeing the oppressive regime for freedom and safety.",
                Says("It is not unusual for North Koreans to defect or seek asylum overseas, as the oppressive regime in the country has led many to flee in search of freedom and safety",
                    AttributionBasis.Background), Prk, PrkRegime),
            MakeRemark("remark.refuge-in-embassy-rare", RemarkKind.Analysis,
                "Taking refuge in a foreign embassy is rare, particularly in South Korea, where tensions with North Korea are high.",
                Says("taking refuge in a foreign embassy is a rare move, particularly in South Korea where tensions with North Korea remain high",
                    AttributionBasis.Analysis), Kor, Prk),
            MakeRemark("remark.kor-next-steps-unclear", RemarkKind.Uncertainty, "What South Korea will do about the issue is unclear.",
                Reporter("it is unclear what steps they will take to address the issue"), KorOfficials, Kor),
            MakeRemark("remark.delicate-balance", RemarkKind.Analysis,
                "China and South Korea balance close ties to North Korea against their relations with the international community.",
                Says("The situation highlights the difficult and delicate balance held by countries such as China and South Korea, who have close ties to North Korea but also have diplomatic relationships with the international community",
                    AttributionBasis.Analysis), Chn, Kor, Prk),
            MakeRemark("remark.china-support", RemarkKind.Background, "China has historically given North Korea economic and military support.",
                Says("has historically provided economic and military support to the country", AttributionBasis.Background), Chn, Prk),
            MakeRemark("remark.china-nuclear-pressure", RemarkKind.Background,
                "China has recently cooperated with the international community in pressing North Korea to end its nuclear weapons program.",
                Says("recently China has also shown a willingness to cooperate with the international community in putting pressure on North Korea to cease its nuclear weapons program",
                    AttributionBasis.Background), Chn, Prk),
            MakeRemark("remark.kor-precarious", RemarkKind.Analysis, "South Korea is in a precarious position between North Korea and the international community.",
                Says("South Korea, meanwhile, finds itself in a precarious position as a country situated between North Korea and the international community",
                    AttributionBasis.Analysis), Kor, Prk),
            MakeRemark("remark.koreas-history", RemarkKind.Background, "The two Koreas share a long and complicated history.",
                Says("the two countries share a long and complicated history", AttributionBasis.Background), Kor, Prk),
            MakeRemark("remark.kor-security-partner", RemarkKind.Background, "South Korea is a key partner in regional security efforts.",
                Says("a key partner in regional security efforts", AttributionBasis.Background), Kor),
            MakeRemark("remark.latest-example", RemarkKind.Analysis, "The refuge is the latest example of the region's complex diplomatic relationships.",
                Says("is just the latest example of the complex diplomatic relationships at play in the region", AttributionBasis.Analysis), Official),
            MakeRemark(MoreIssuesLikely.Value, RemarkKind.Speculation, "While tensions stay high, issues like this will likely keep arising.",
                Says("As tensions between North Korea and the international community remain high, it is likely that issues such as this will continue to arise",
                    AttributionBasis.Analysis), Prk),
            MakeRemark("remark.proceed-with-caution", RemarkKind.Opinion,
                "All parties should proceed with caution and respect; a misstep could harm the region's security and stability.",
                Says("it is important that all parties proceed with caution and respect, as any misstep could have significant consequences for the security and stability of the region",
                    AttributionBasis.Opinion)),
            MakeRemark(StepInRightDirection.Value, RemarkKind.Opinion,
                "China's call for a proper and responsible resolution is a step in the right direction; other parties should follow suit.",
                Says("is a step in the right direction, and we can only hope that other parties involved will follow suit", AttributionBasis.Opinion), Chn, ChnGovernment),
        ];

        var incident = new Incident(IncidentId, "Unnamed North Korean official takes refuge in \"the embassy in Seoul\"; China urges South Korea to resolve it",
            sources: [source],
            actors: [prk, kor, chn, usa, official, zhao, korOfficials, chnMofa, chnGovernment, prkRegime],
            posts: [officialPost, zhaoPost],
            relations: [prkChnAlliance, korUsaAlliance, koreasNoRelations],
            instruments: [LegalInstrument.Vcdr1961],
            missions: [mission],
            asylumClaims: [claim],
            statements: [chnGovernmentUrges, zhaoUrges, zhaoVcdr, korNoComment],
            remarks: remarks);
        return new Report(incident);
    }
}
