using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// One merged asylum claim. Another report's claim of the same claimant folds into it only when
/// nothing it says contradicts what is merged (see <see cref="TryFold"/>); otherwise the merge keeps
/// it as a claim of its own, so a merged claim never asserts what one of its sources did not say.
/// </summary>
internal sealed class ClaimDraft
{
    private readonly ProvenanceDraft provenance;
    private readonly List<(AsylumStatusChange Step, ProvenanceDraft Provenance)> steps = [];
    private readonly List<(PersonAtRisk Person, ProvenanceDraft Provenance, int Report)> people = [];
    private readonly Dictionary<(Id<Actor>, Kinship, string?, Geography.Location?), int> firstPerson = [];
    private (AsylumGrounds Grounds, ProvenanceDraft Provenance)? grounds;

    internal ClaimDraft(AsylumClaim claim, int report)
    {
        Id = claim.Id;
        Kind = claim.Kind;
        Claimant = claim.Claimant;
        StateFled = claim.StateFled;
        StateAsked = claim.StateAsked;
        Refuge = claim.Refuge;
        Report = report;
        provenance = new ProvenanceDraft(claim.Provenance);
        steps.AddRange(claim.History.Changes.Select(s => (s, new ProvenanceDraft(s.Provenance))));
        foreach (var person in claim.PeopleAtRisk)
        {
            AddPerson(person, report);
        }
        grounds = claim.Grounds is null ? null : (claim.Grounds, new ProvenanceDraft(claim.Grounds.Provenance));
    }

    internal Id<AsylumClaim> Id { get; }

    internal Id<Actor> Claimant { get; }

    internal int Report { get; }

    private AsylumKind Kind { get; set; }

    private Id<Actor>? StateFled { get; set; }

    private Id<Actor>? StateAsked { get; set; }

    internal PlaceOfRefuge? Refuge { get; private set; }

    /// <summary>
    /// Folds <paramref name="other"/> (in merged ids) into this claim when every aspect agrees or
    /// one side is silent: the same claimant; the same kind or one "unspecified"; the same states
    /// fled and asked, or one unstated; the same place of refuge, or one unstated; each of its
    /// history's steps the same step (status, time, third state, note) as one of ours, or our
    /// history empty; the same grounds or one unstated. People at risk are gathered. Returns false,
    /// changing nothing, when anything contradicts.
    /// </summary>
    internal bool TryFold(AsylumClaim other, int report)
    {
        if (other.Claimant != Claimant || !provenance.CanAdd(other.Provenance))
        {
            return false;
        }
        var kind = (Kind, other.Kind) switch
        {
            var (x, y) when x == y => x,
            (AsylumKind.Unspecified, var y) => y,
            (var x, AsylumKind.Unspecified) => x,
            _ => (AsylumKind?)null,
        };
        if (kind is null
            || !Agree(StateFled, other.StateFled) || !Agree(StateAsked, other.StateAsked) || !Agree(Refuge, other.Refuge)
            || (StateFled ?? other.StateFled) is { } fled && fled == (StateAsked ?? other.StateAsked))
        {
            return false;
        }
        var stepFolds = new int[other.History.Changes.Count];
        if (steps.Count > 0)
        {
            var used = new bool[steps.Count];
            for (int i = 0; i < stepFolds.Length; i++)
            {
                var step = other.History.Changes[i];
                int j = 0;
                while (j < steps.Count && (used[j] || !SameStep(steps[j].Step, step) || !steps[j].Provenance.CanAdd(step.Provenance)))
                {
                    j++;
                }
                if (j == steps.Count)
                {
                    return false;
                }
                used[j] = true;
                stepFolds[i] = j;
            }
        }
        if (grounds is { } g && other.Grounds is { } h
            && (g.Grounds.Description != h.Description || g.Grounds.Persecutor != h.Persecutor || !g.Provenance.CanAdd(h.Provenance)))
        {
            return false;
        }

        Kind = kind.Value;
        StateFled ??= other.StateFled;
        StateAsked ??= other.StateAsked;
        Refuge ??= other.Refuge;
        provenance.Add(other.Provenance);
        if (steps.Count == 0)
        {
            steps.AddRange(other.History.Changes.Select(s => (s, new ProvenanceDraft(s.Provenance))));
        }
        else
        {
            for (int i = 0; i < stepFolds.Length; i++)
            {
                steps[stepFolds[i]].Provenance.Add(other.History.Changes[i].Provenance);
            }
        }
        foreach (var person in other.PeopleAtRisk)
        {
            AddPerson(person, report);
        }
        if (grounds is { } kept && other.Grounds is { } told)
        {
            kept.Provenance.Add(told.Provenance);
        }
        else if (other.Grounds is { } only)
        {
            grounds = (only, new ProvenanceDraft(only.Provenance));
        }
        return true;
    }

    internal AsylumClaim Build() =>
        new(Id, Kind, Claimant, provenance.Build(), StateFled, StateAsked, Refuge,
            new AsylumHistory(steps.Select(s => Rebuilt(s.Step, s.Provenance)).ToEquatableArray()),
            people.Select(p => p.Provenance.Build() is var built && ReferenceEquals(built, p.Person.Provenance)
                ? p.Person : new PersonAtRisk(p.Person.Person, p.Person.Kinship, built, p.Person.Risk, p.Person.Whereabouts)).ToEquatableArray(),
            grounds is { } g
                ? g.Provenance.Build() is var built && ReferenceEquals(built, g.Grounds.Provenance) ? g.Grounds : new AsylumGrounds(g.Grounds.Description, built, g.Grounds.Persecutor)
                : null);

    private static AsylumStatusChange Rebuilt(AsylumStatusChange step, ProvenanceDraft provenance) =>
        provenance.Build() is var built && ReferenceEquals(built, step.Provenance) ? step : new AsylumStatusChange(step.Status, built, step.When, step.Via, step.Note);

    private static bool Agree<T>(T? x, T? y) where T : class => x is null || y is null || x.Equals(y);

    private static bool SameStep(AsylumStatusChange x, AsylumStatusChange y) =>
        x.Status == y.Status && Equals(x.When, y.When) && x.Via == y.Via && x.Note == y.Note;

    // The same person at risk, for the same reason, told by an earlier report: one entry citing both.
    private void AddPerson(PersonAtRisk person, int report)
    {
        var key = (person.Person, person.Kinship, person.Risk, person.Whereabouts);
        if (firstPerson.TryGetValue(key, out int i) && people[i].Report < report && people[i].Provenance.CanAdd(person.Provenance))
        {
            people[i].Provenance.Add(person.Provenance);
            return;
        }
        firstPerson.TryAdd(key, people.Count);
        people.Add((person, new ProvenanceDraft(person.Provenance), report));
    }
}
