using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Tests.Comparison;

/// <summary>
/// A small report built from a few choices, for comparison tests: it writes its own text and
/// anchors every fact in it. Ids are prefixed with the source id, so two sketches never share ids
/// and alignment has to work without them.
/// </summary>
internal sealed record ReportSketch(string SourceId)
{
    internal string? ClaimantName { get; init; } = "Ri Pyong-chol";

    internal string ClaimantNationality { get; init; } = "PRK";

    internal MissionKind MissionKind { get; init; } = MissionKind.TradeMission;

    internal string Sending { get; init; } = "KOR";

    internal string Receiving { get; init; } = "CHN";

    internal string? City { get; init; } = "Beijing";

    internal ReportedTime? RefugeTime { get; init; }

    internal Stance? KoreanStance { get; init; } = Stance.Confirms;

    internal Quotation? ChineseQuote { get; init; }

    internal bool FamilyAtRisk { get; init; }

    internal string Text =>
        $"{ClaimantName ?? "A North Korean official"} took refuge in the {MissionKind} of {Sending} in {City ?? "a city"}{(RefugeTime is null ? "" : " " + RefugeTime.Words)}."
        + (KoreanStance is null ? "" : $" South Korea {KoreanStance}.")
        + " China urged both sides" + (ChineseQuote is null ? "." : $" \"{ChineseQuote.PrintedText}\".")
        + (FamilyAtRisk ? " His wife is at risk." : "");

    internal Report Build()
    {
        string text = Text;
        var src = new Id<Source>(SourceId);
        Id<T> IdOf<T>(string name) where T : class => new($"{SourceId}.{name}");
        Provenance Said(string words) => Provenance.Cited(new Attribution(src, TextSpan.Find(text, words), AttributionBasis.ReporterAssertion));

        var states = new[] { "PRK", "KOR", "CHN", Sending, Receiving, ClaimantNationality }.Distinct()
            .Select(code => new State(IdOf<Actor>(code.ToLowerInvariant()), new CountryCode(code), code)).ToList();
        Id<Actor> StateId(string code) => states.Single(s => s.Code.Value == code).Id;
        Person claimant = ClaimantName is null
            ? new UnnamedPerson(IdOf<Actor>("claimant"), "a North Korean official", StateId(ClaimantNationality))
            : new NamedPerson(IdOf<Actor>("claimant"), ClaimantName, StateId(ClaimantNationality));
        var wife = new UnnamedPerson(IdOf<Actor>("wife"), "his wife", StateId("PRK"));
        var mission = new Mission(IdOf<Mission>("mission"), MissionKind, StateId(Sending), StateId(Receiving), City,
            Said($"{MissionKind} of {Sending}"));
        var history = AsylumHistory.Empty.Then(new AsylumStatusChange(AsylumStatus.RefugeTaken, Said("took refuge"), RefugeTime));
        var claim = new AsylumClaim(IdOf<AsylumClaim>("claim"), AsylumKind.Diplomatic, claimant.Id, Said($"{ClaimantName ?? "A North Korean official"} took refuge"),
            StateId("PRK"), StateId("KOR"), new MissionRefuge(mission.Id), history,
            FamilyAtRisk ? [new PersonAtRisk(wife.Id, Kinship.Spouse, Said("His wife is at risk"))] : EquatableArray<PersonAtRisk>.Empty);
        var statements = new List<Statement>
        {
            new(IdOf<Statement>("china"), new Speaker(StateId("CHN")), [Stance.UrgesResolution], Said("China urged both sides"),
                onBehalfOf: StateId("CHN"), text: ChineseQuote),
        };
        if (KoreanStance is { } stance)
        {
            statements.Add(new(IdOf<Statement>("korea"), new Speaker(StateId("KOR")), [stance], Said($"South Korea {stance}"), onBehalfOf: StateId("KOR")));
        }
        return new Report(new Incident(IdOf<Incident>("incident"), "sketch",
            sources: [new Source(src, SourceKind.NewsReport, "en", ContentHash.Of(text))],
            actors: [.. states, claimant, wife],
            missions: [mission],
            asylumClaims: [claim],
            statements: [.. statements]));
    }
}
