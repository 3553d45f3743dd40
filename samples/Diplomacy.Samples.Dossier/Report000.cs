using Diplomacy.Model;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Samples.Dossier;

/// <summary>Report 000's account of the incident, built from its text (a subset of its facts).</summary>
internal static class Report000
{
    internal static Report Build(string text)
    {
        var src = new Id<Source>("src-000");
        Provenance Said(string words, AttributionBasis basis, int occurrence = 1, string? per = null) =>
            Provenance.Cited(new Attribution(src, TextSpan.Find(text, words, occurrence), basis, per is null ? null : new Id<Actor>(per)));

        var source = new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text),
            headline: "China urges solution to North Korean official's refuge in Seoul mission");

        var prk = new State(new("prk"), new CountryCode("PRK"), "North Korea",
            [new Alias("the North Korean regime", AliasKind.Description, Said("the North Korean regime", AttributionBasis.ReporterAssertion))]);
        var kor = new State(new("kor"), new CountryCode("KOR"), "South Korea",
            [new Alias("Seoul", AliasKind.Metonym, Said("Seoul", AttributionBasis.ReporterAssertion))]);
        var chn = new State(new("chn"), new CountryCode("CHN"), "China");
        var ri = new NamedPerson(new("ri-pyong-chol"), "Ri Pyong-chol", prk.Id,
            [new Alias("Ri", AliasKind.Honorific, Said("Ri's defection", AttributionBasis.ReporterAssertion))]);
        var korMfa = new Organization(new("kor-mfa"), "Ministry of Foreign Affairs of the Republic of Korea", OrganizationKind.Ministry, kor.Id,
            [new Alias("South Korea's foreign ministry", AliasKind.Description, Said("South Korea's foreign ministry", AttributionBasis.ReporterAssertion))]);
        var chnMfa = new Organization(new("chn-mfa"), "Ministry of Foreign Affairs of the People's Republic of China", OrganizationKind.Ministry, chn.Id,
            [new Alias("China's foreign ministry", AliasKind.Description, Said("China's foreign ministry", AttributionBasis.ReporterAssertion))]);
        var sources = new PersonGroup(new("sources"), "sources", isAnonymous: true);

        var post = new Post(new("ri-trade-rep"), ri.Id, "trade representative", prk.Id,
            Said("North Korea's trade representative in China", AttributionBasis.ReporterAssertion), new Diplomacy.Model.Geography.Location(chn.Id));

        var mission = new Mission(new("kor-trade-mission-beijing"), MissionKind.TradeMission, kor.Id, chn.Id, "Beijing",
            Said("South Korea's trade mission in Beijing", AttributionBasis.ReporterAssertion),
            aliases: [new Alias("Seoul mission", AliasKind.Description, Said("Seoul mission", AttributionBasis.ReporterAssertion))]);

        var history = AsylumHistory.Empty
            .Then(new AsylumStatusChange(AsylumStatus.RefugeTaken,
                Said("entered South Korea's trade mission in Beijing late last week", AttributionBasis.ReporterAssertion)
                    .And(new Attribution(src, TextSpan.Find(text, "According to sources, Ri entered the South Korean trade mission at night"), AttributionBasis.AnonymousSources, sources.Id)),
                new ReportedTime("late last week")))
            .Then(new AsylumStatusChange(AsylumStatus.AsylumRequested,
                Said("applied for asylum to avoid persecution by the North Korean regime", AttributionBasis.InstitutionalStatement, per: "kor-mfa")))
            .Then(new AsylumStatusChange(AsylumStatus.UnderNegotiation,
                Said("officials from both sides hold tense negotiations over Ri's fate", AttributionBasis.Analysis)));

        var claim = new AsylumClaim(new("ri-asylum"), AsylumKind.Diplomatic, ri.Id,
            Said("has refused to leave, seeking asylum", AttributionBasis.ReporterAssertion),
            prk.Id, kor.Id, new MissionRefuge(mission.Id), history);

        var confirmation = new Statement(new("kor-mfa-confirms"), new Speaker(korMfa.Id), [Stance.Confirms],
            Said("South Korea's foreign ministry confirmed that Ri had entered the trade mission", AttributionBasis.InstitutionalStatement, per: "kor-mfa"),
            onBehalfOf: kor.Id, regarding: claim.Id);
        var appeal = new Statement(new("chn-mfa-urges"), new Speaker(chnMfa.Id), [Stance.UrgesResolution],
            Said("China's foreign ministry urged both sides to handle the issue", AttributionBasis.InstitutionalStatement, per: "chn-mfa"),
            onBehalfOf: chn.Id,
            addressees: new Addressees(AddresseeScope.BothSides, words: "both sides"),
            text: Quotation.Parse("appropriately so as not to affect the healthy and stable development of China-South Korea relations.", QuoteRendering.Translation, "zh"),
            regarding: claim.Id);
        var sovereignty = new Statement(new("chn-sovereignty"), new Speaker(chn.Id), [Stance.AssertsSovereignty, Stance.Warns],
            Said("China insists countries should respect each other's sovereignty", AttributionBasis.ReporterAssertion),
            onBehalfOf: chn.Id,
            text: new Paraphrase("countries should respect each other's sovereignty"),
            regarding: claim.Id);

        var alliance = new StateRelation(prk.Id, chn.Id, StateRelationKind.Alliance, Said("its longtime ally", AttributionBasis.ReporterAssertion));

        var incident = new Incident(new("ri-refuge-000"), "North Korean trade official takes refuge in a South Korean mission",
            sources: [source],
            actors: [prk, kor, chn, ri, korMfa, chnMfa, sources],
            posts: [post],
            relations: [alliance],
            instruments: [LegalInstrument.Vcdr1961],
            missions: [mission],
            asylumClaims: [claim],
            statements: [confirmation, appeal, sovereignty]);
        return new Report(incident);
    }
}
