using Diplomacy.Model;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Samples.Tests.IncidentTool;

/// <summary>
/// Small reports of one refuge, built from a few choices, with every fact anchored in a text the
/// report writes for itself. Ids are prefixed with the source, so two reports never share ids.
/// </summary>
internal static class SmallReports
{
    /// <summary>A named official in South Korea's trade mission in Beijing; Seoul confirms.</summary>
    internal static Report TradeMission(string sourceId = "src-a") =>
        Build(sourceId, "Ri Pyong-chol", MissionKind.TradeMission, "KOR", "CHN", "Beijing", Stance.Confirms);

    /// <summary>An unnamed official in "the embassy in Seoul" (of the state fled: implausible); Seoul declines to comment.</summary>
    internal static Report EmbassyInSeoul(string sourceId = "src-b") =>
        Build(sourceId, null, MissionKind.Embassy, "PRK", "KOR", "Seoul", Stance.DeclinesToComment);

    /// <summary>
    /// <see cref="TradeMission"/> with coded facts for the exporters: China's appeal to both Koreas
    /// (CAMEO 027, PLOVER REQUEST) and the official's asylum request on 10 October 2016 (coded by default).
    /// </summary>
    internal static Report CodedTradeMission(string sourceId = "src-c") =>
        Build(sourceId, "Ri Pyong-chol", MissionKind.TradeMission, "KOR", "CHN", "Beijing", Stance.Confirms, coded: true);

    private static Report Build(string sourceId, string? name, MissionKind kind, string sending, string receiving, string city, Stance korea, bool coded = false)
    {
        string official = name ?? "A North Korean official";
        string text = $"{official} took refuge in the {kind} of {sending} in {city}. South Korea {korea}. China urged both sides to resolve it."
            + (coded ? " He asked for asylum on 10 October 2016." : "");
        var src = new Id<Source>(sourceId);
        Id<T> IdOf<T>(string local) where T : class => new($"{sourceId}.{local}");
        Provenance Said(string words) => Provenance.Cited(new Attribution(src, TextSpan.Find(text, words), AttributionBasis.ReporterAssertion));

        var states = new[] { "PRK", "KOR", "CHN" }.Select(code => new State(IdOf<Actor>(code.ToLowerInvariant()), new CountryCode(code), code)).ToList();
        Id<Actor> StateId(string code) => states.Single(s => s.Code.Value == code).Id;
        Person claimant = name is null
            ? new UnnamedPerson(IdOf<Actor>("claimant"), "a North Korean official", StateId("PRK"))
            : new NamedPerson(IdOf<Actor>("claimant"), name, StateId("PRK"));
        var mission = new Mission(IdOf<Mission>("mission"), kind, StateId(sending), StateId(receiving), city, Said($"{kind} of {sending} in {city}"));
        var claim = new AsylumClaim(IdOf<AsylumClaim>("claim"), AsylumKind.Diplomatic, claimant.Id, Said($"{official} took refuge"),
            StateId("PRK"), StateId("KOR"), new MissionRefuge(mission.Id),
            coded
                ? AsylumHistory.Empty.Then(new AsylumStatusChange(AsylumStatus.RefugeTaken, Said("took refuge")))
                    .Then(new AsylumStatusChange(AsylumStatus.AsylumRequested, Said("asked for asylum"), ReportedTime.OnDay("on 10 October 2016", new LocalDate(2016, 10, 10))))
                : AsylumHistory.Empty.Then(new AsylumStatusChange(AsylumStatus.RefugeTaken, Said("took refuge"))));
        return new Report(new Incident(IdOf<Incident>("incident"), "A North Korean official takes refuge",
            sources: [new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text))],
            actors: [.. states, claimant],
            missions: [mission],
            asylumClaims: [claim],
            statements:
            [
                new Statement(IdOf<Statement>("korea"), new Speaker(StateId("KOR")), [korea], Said($"South Korea {korea}"), onBehalfOf: StateId("KOR")),
                coded
                    ? new Statement(IdOf<Statement>("china"), new Speaker(StateId("CHN")), [Stance.UrgesResolution], Said("China urged both sides"), onBehalfOf: StateId("CHN"),
                        addressees: Addressees.Of(StateId("KOR"), StateId("PRK")),
                        coding: new EventCode(new CameoCode("027"), new PloverCoding(PloverEventType.Request, context: "diplomatic")))
                    : new Statement(IdOf<Statement>("china"), new Speaker(StateId("CHN")), [Stance.UrgesResolution], Said("China urged both sides"), onBehalfOf: StateId("CHN")),
            ]));
    }
}
