using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Model.Tests.Interop;

/// <summary>
/// A small incident with one coded statement, one CAMEO-only event and an asylum claim whose
/// steps are coded by default, from a two-sentence source published on Monday 10 October 2016.
/// </summary>
internal static class InteropIncident
{
    internal const string Text =
        "Foreign ministry spokesperson Mao Ning on Monday urged both sides to settle the matter properly. "
        + "Ri Pyong-chol asked South Korea for asylum late last week.";

    internal static readonly LocalDate Monday = new(2016, 10, 10);

    internal static Incident Build()
    {
        var source = new Source(new("src-1"), SourceKind.NewsReport, "en", ContentHash.Of(Text), headline: "China urges solution",
            publisher: "Yonhap", publicationDate: Monday, address: new Uri("https://example.org/story"));
        Provenance Cite(string quote) => Provenance.Cited(new Attribution(source.Id, TextSpan.Find(Text, quote), AttributionBasis.ReporterAssertion));

        EquatableArray<Actor> actors =
        [
            new State(new("chn"), new CountryCode("CHN"), "China", wikidata: new WikidataId("Q148")),
            new State(new("kor"), new CountryCode("KOR"), "South Korea", wikidata: new WikidataId("Q884")),
            new State(new("prk"), new CountryCode("PRK"), "North Korea", wikidata: new WikidataId("Q423")),
            new Organization(new("chn-mfa"), "Ministry of Foreign Affairs", OrganizationKind.Ministry, new Id<Actor>("chn")),
            new NamedPerson(new("mao"), "Mao Ning", new Id<Actor>("chn")),
            new NamedPerson(new("ri"), "Ri Pyong-chol", new Id<Actor>("prk")),
        ];
        var post = new Post(new("mao-post"), new("mao"), "foreign ministry spokesperson", new("chn-mfa"), Cite("Foreign ministry spokesperson"));
        var statement = new Statement(new("st-1"), new Speaker(new("mao"), post.Id), [Stance.UrgesResolution], Cite("urged both sides to settle the matter properly"),
            onBehalfOf: new("chn"), addressees: Addressees.Of(new Id<Actor>("kor"), new Id<Actor>("prk")),
            when: ReportedTime.OnDay("on Monday", Monday),
            coding: new EventCode(new CameoCode("027"), new PloverCoding(PloverEventType.Request, context: "diplomatic")));
        var talks = new DiplomaticEvent(new("ev-1"), DiplomaticEventKind.Negotiation, "talks over Ri's fate", EventStatus.Ongoing, Provenance.Analyst("inferred"),
            [new Id<Actor>("kor"), new Id<Actor>("prk")], coding: new EventCode(new CameoCode("046"), null));
        var claim = new AsylumClaim(new("claim-1"), AsylumKind.Diplomatic, new("ri"), Cite("asked South Korea for asylum"),
            stateFled: new("prk"), stateAsked: new("kor"),
            history: new AsylumHistory(
            [
                new AsylumStatusChange(AsylumStatus.RefugeTaken, Provenance.Analyst("implied by the request")),
                new AsylumStatusChange(AsylumStatus.AsylumRequested, Cite("asked South Korea for asylum"), ReportedTime.Resolve("late last week", Monday)),
                new AsylumStatusChange(AsylumStatus.Granted, Provenance.Analyst("hypothetical, for the test"), ReportedTime.Unresolved("days later")),
            ]));
        return new Incident(new("inc-1"), "Interop sample", [source], actors, [post], asylumClaims: [claim], statements: [statement], events: [talks]);
    }
}
