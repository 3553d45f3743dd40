using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Tests.Comparison;

/// <summary>
/// The two seed reports modelled by hand from their real texts (the parts the comparison and
/// plausibility tests need). Ids differ on purpose between the two, as they would between analysts.
/// </summary>
internal static class SeedReports
{
    internal static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", file));

    internal static string Text000 => Text("000_4a349343ccaee4b6.txt");

    internal static string Text001 => Text("001_fed66e88e93c876f.txt");

    internal static Report Report000()
    {
        string text = Text000;
        var src = new Id<Source>("src-000");
        Provenance Said(string words, AttributionBasis basis = AttributionBasis.ReporterAssertion, string? per = null) =>
            Provenance.Cited(new Attribution(src, TextSpan.Find(text, words), basis, per is null ? null : new Id<Actor>(per)));

        var source = new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text),
            headline: "China urges solution to North Korean official's refuge in Seoul mission");
        var prk = new State(new("prk"), new CountryCode("PRK"), "North Korea");
        var kor = new State(new("kor"), new CountryCode("KOR"), "South Korea",
            [new Alias("Seoul", AliasKind.Metonym, Said("Seoul"))]);
        var chn = new State(new("chn"), new CountryCode("CHN"), "China");
        var ri = new NamedPerson(new("ri-pyong-chol"), "Ri Pyong-chol", prk.Id,
            [new Alias("Ri", AliasKind.Honorific, Said("Ri's defection"))]);
        var kim = new NamedPerson(new("kim-jong-un"), "Kim Jong Un", prk.Id);
        var xi = new NamedPerson(new("xi-jinping"), "Xi Jinping", chn.Id);
        var korMfa = new Organization(new("kor-mfa"), "Ministry of Foreign Affairs of the Republic of Korea", OrganizationKind.Ministry, kor.Id);
        var chnMfa = new Organization(new("chn-mfa"), "Ministry of Foreign Affairs of the People's Republic of China", OrganizationKind.Ministry, chn.Id);
        var wife = new UnnamedPerson(new("ri-wife"), "Ri's wife", prk.Id);
        var children = new PersonGroup(new("ri-children"), "Ri's children", isAnonymous: false, prk.Id);

        var post = new Post(new("ri-trade-rep"), ri.Id, "trade representative", prk.Id,
            Said("North Korea's trade representative in China"), new Location(chn.Id));
        var mission = new Mission(new("kor-trade-mission-beijing"), MissionKind.TradeMission, kor.Id, chn.Id, "Beijing",
                Said("South Korea's trade mission in Beijing"),
                aliases: [new Alias("Seoul mission", AliasKind.Description, Said("Seoul mission"))])
            .WithPremisesClaim(new PremisesClaim(PremisesAssertion.ReceivingStateCannotRemovePerson,
                Said("it cannot forcibly remove Ri from the trade mission", AttributionBasis.Analysis)));

        var history = AsylumHistory.Empty
            .Then(new AsylumStatusChange(AsylumStatus.RefugeTaken,
                Said("entered South Korea's trade mission in Beijing late last week"),
                ReportedTime.Unresolved("late last week")))
            .Then(new AsylumStatusChange(AsylumStatus.AsylumRequested,
                Said("applied for asylum to avoid persecution by the North Korean regime", AttributionBasis.InstitutionalStatement, "kor-mfa")));
        var risk = Said("His wife and children are thought to still be in North Korea", AttributionBasis.HedgedReport);
        var claim = new AsylumClaim(new("ri-asylum"), AsylumKind.Diplomatic, ri.Id,
            Said("has refused to leave, seeking asylum"), prk.Id, kor.Id, new MissionRefuge(mission.Id), history,
            [new PersonAtRisk(wife.Id, Kinship.Spouse, risk, "retaliation by the regime"),
             new PersonAtRisk(children.Id, Kinship.Child, risk, "retaliation by the regime")]);

        var confirmation = new Statement(new("kor-mfa-confirms"), new Speaker(korMfa.Id), [Stance.Confirms],
            Said("South Korea's foreign ministry confirmed that Ri had entered the trade mission", AttributionBasis.InstitutionalStatement, "kor-mfa"),
            onBehalfOf: kor.Id, regarding: claim.Id);
        var appeal = new Statement(new("chn-mfa-urges"), new Speaker(chnMfa.Id), [Stance.UrgesResolution],
            Said("China's foreign ministry urged both sides to handle the issue", AttributionBasis.InstitutionalStatement, "chn-mfa"),
            onBehalfOf: chn.Id, addressees: new Addressees(AddresseeScope.BothSides, words: "both sides"),
            text: Quotation.Parse("appropriately so as not to affect the healthy and stable development of China-South Korea relations.", QuoteRendering.Translation, "zh"),
            regarding: claim.Id);
        var sovereignty = new Statement(new("chn-sovereignty"), new Speaker(chn.Id), [Stance.AssertsSovereignty, Stance.Warns],
            Said("China insists countries should respect each other's sovereignty"),
            onBehalfOf: chn.Id, text: new Paraphrase("countries should respect each other's sovereignty"), regarding: claim.Id);
        var visit = new DiplomaticEvent(new("kim-visit"), DiplomaticEventKind.StateVisit, "Kim Jong Un to visit China to meet Xi Jinping", EventStatus.Planned,
            Said("North Korean leader Kim Jong Un planning to visit China this month to meet President Xi Jinping"),
            [kim.Id, xi.Id], when: ReportedTime.Unresolved("this month"));
        var alliance = new StateRelation(prk.Id, chn.Id, StateRelationKind.Alliance, Said("its longtime ally"));

        return new Report(new Incident(new("ri-refuge-000"), "A North Korean trade official takes refuge in a South Korean mission",
            sources: [source],
            actors: [prk, kor, chn, ri, kim, xi, korMfa, chnMfa, wife, children],
            posts: [post],
            relations: [alliance],
            missions: [mission],
            asylumClaims: [claim],
            statements: [confirmation, appeal, sovereignty],
            events: [visit]));
    }

    internal static Report Report001()
    {
        string text = Text001;
        var src = new Id<Source>("src-001");
        Provenance Said(string words, AttributionBasis basis = AttributionBasis.ReporterAssertion, string? per = null) =>
            Provenance.Cited(new Attribution(src, TextSpan.Find(text, words), basis, per is null ? null : new Id<Actor>(per)));

        var source = new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text), dateline: "Beijing, China");
        var dprk = new State(new("dprk"), new CountryCode("PRK"), "North Korea",
            [new Alias("DPRK", AliasKind.Abbreviation, Said("DPRK"))]);
        var rok = new State(new("rok"), new CountryCode("KOR"), "South Korea",
            [new Alias("ROK", AliasKind.Abbreviation, Said("ROK"))]);
        var prc = new State(new("prc"), new CountryCode("CHN"), "China");
        var official = new UnnamedPerson(new("nk-official"), "a North Korean official", dprk.Id,
            [new Alias("The North Korean official, who has not been named", AliasKind.Description, Said("The North Korean official, who has not been named"))]);
        var zhao = new NamedPerson(new("zhao-lijian"), "Zhao Lijian", prc.Id);
        var mfa = new Organization(new("prc-mfa"), "Ministry of Foreign Affairs of the People's Republic of China", OrganizationKind.Ministry, prc.Id);
        var rokOfficials = new PersonGroup(new("rok-officials"), "South Korean officials", isAnonymous: false, rok.Id);
        var spokesperson = new Post(new("zhao-spokesperson"), zhao.Id, "foreign ministry spokesperson", mfa.Id,
            Said("The Chinese foreign ministry spokesperson, Zhao Lijian"));

        var embassy = new Mission(new("dprk-embassy-seoul"), MissionKind.Embassy, dprk.Id, rok.Id, "Seoul",
            Said("the embassy of the DPRK [North Korea] in the ROK [South Korea]", AttributionBasis.NamedOfficial, "zhao-lijian"),
            aliases: [new Alias("the country's embassy in Seoul", AliasKind.Description, Said("the country's embassy in Seoul"))]);
        var claim = new AsylumClaim(new("official-refuge"), AsylumKind.Unspecified, official.Id,
            Said("a North Korean official taking refuge in the country's embassy in Seoul"), dprk.Id, refuge: new MissionRefuge(embassy.Id),
            history: AsylumHistory.Empty.Then(new AsylumStatusChange(AsylumStatus.RefugeTaken,
                Said("reportedly fled to the embassy in early October", AttributionBasis.HedgedReport), ReportedTime.Unresolved("early October"))));

        var zhaoSays = new Statement(new("zhao-briefing"), new Speaker(zhao.Id, spokesperson.Id), [Stance.UrgesResolution, Stance.InvokesTreaty],
            Said("Zhao Lijian, addressed the issue at a regular press briefing on Monday", AttributionBasis.NamedOfficial, "zhao-lijian"),
            onBehalfOf: prc.Id, addressees: Addressees.Of(rok.Id),
            text: Quotation.Parse("Relevant parties should respect the fact that the embassy of the DPRK [North Korea] in the ROK [South Korea] is North Korea's diplomatic mission in the ROK and deal with it in accordance with the Vienna Convention on Diplomatic Relations", QuoteRendering.Translation, "zh"),
            when: ReportedTime.Unresolved("on Monday"), venue: new Venue(VenueKind.RegularPressBriefing),
            invokes: [LegalInstrument.Vcdr1961.Id], regarding: claim.Id);
        var noComment = new Statement(new("rok-no-comment"), new Speaker(rokOfficials.Id), [Stance.DeclinesToComment],
            Said("South Korean officials have thus far not commented on the situation"), onBehalfOf: rok.Id, regarding: claim.Id);
        var alliance = new StateRelation(dprk.Id, prc.Id, StateRelationKind.Alliance, Said("China is North Korea's closest ally"));
        // No source says it: the analyst's own knowledge, marked as such.
        var noRecognition = new StateRelation(dprk.Id, rok.Id, StateRelationKind.NoMutualRecognition,
            Provenance.Analyst("The two Koreas do not recognize each other and have never exchanged embassies."));

        return new Report(new Incident(new("ri-refuge-001"), "China urges South Korea to address a North Korean official's refuge",
            sources: [source],
            actors: [dprk, rok, prc, official, zhao, mfa, rokOfficials],
            posts: [spokesperson],
            relations: [alliance, noRecognition],
            instruments: [LegalInstrument.Vcdr1961],
            missions: [embassy],
            asylumClaims: [claim],
            statements: [zhaoSays, noComment]));
    }
}
