using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>
/// A person seeking protection: who, from which state, asking which state, where refuge is taken,
/// and the dated history of the claim, with the people put at risk by it.
/// </summary>
[Immutable]
public sealed record AsylumClaim
{
    /// <summary>Creates a claim.</summary>
    /// <param name="id">The claim's id within the incident.</param>
    /// <param name="kind">The kind of protection sought.</param>
    /// <param name="claimant">The person seeking it.</param>
    /// <param name="provenance">Where the claim is stated.</param>
    /// <param name="stateFled">The state the claimant flees, if stated.</param>
    /// <param name="stateAsked">The state asked for protection, if stated.</param>
    /// <param name="refuge">Where refuge is taken, if stated.</param>
    /// <param name="history">The steps of the claim, oldest first.</param>
    /// <param name="peopleAtRisk">People put at risk by the claim.</param>
    /// <param name="grounds">Why protection is sought, if stated.</param>
    /// <exception cref="ArgumentException">The state fled and the state asked are the same.</exception>
    public AsylumClaim(
        Id<AsylumClaim> id,
        AsylumKind kind,
        Id<Actor> claimant,
        Provenance provenance,
        Id<Actor>? stateFled = null,
        Id<Actor>? stateAsked = null,
        PlaceOfRefuge? refuge = null,
        AsylumHistory? history = null,
        EquatableArray<PersonAtRisk> peopleAtRisk = default,
        AsylumGrounds? grounds = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Kind = Preconditions.CheckDefined(kind);
        Claimant = Preconditions.CheckNotNull(claimant);
        Provenance = Preconditions.CheckNotNull(provenance);
        Preconditions.CheckArgument(stateFled is null || stateFled != stateAsked, nameof(stateAsked),
            $"A claimant cannot ask protection from the state fled ('{stateFled}').");
        StateFled = stateFled;
        StateAsked = stateAsked;
        Refuge = refuge;
        History = history ?? AsylumHistory.Empty;
        Preconditions.CheckArgument(!peopleAtRisk.Any(p => p.Person == claimant), nameof(peopleAtRisk),
            "The claimant cannot be listed among the people put at risk by the claim.");
        PeopleAtRisk = peopleAtRisk;
        Grounds = grounds;
    }

    /// <summary>The claim's id.</summary>
    public Id<AsylumClaim> Id { get; }

    /// <summary>The kind of protection sought.</summary>
    public AsylumKind Kind { get; }

    /// <summary>The person seeking it.</summary>
    public Id<Actor> Claimant { get; }

    /// <summary>Where the claim is stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>The state fled, or null.</summary>
    public Id<Actor>? StateFled { get; }

    /// <summary>The state asked for protection, or null.</summary>
    public Id<Actor>? StateAsked { get; }

    /// <summary>Where refuge is taken, or null.</summary>
    public PlaceOfRefuge? Refuge { get; }

    /// <summary>The steps of the claim.</summary>
    public AsylumHistory History { get; }

    /// <summary>People put at risk by the claim.</summary>
    public EquatableArray<PersonAtRisk> PeopleAtRisk { get; }

    /// <summary>Why protection is sought, or null when not stated.</summary>
    public AsylumGrounds? Grounds { get; }

    /// <summary>Returns a copy with <paramref name="change"/> appended to the history, validated.</summary>
    /// <param name="change">The next step.</param>
    public AsylumClaim WithStep(AsylumStatusChange change) =>
        new(Id, Kind, Claimant, Provenance, StateFled, StateAsked, Refuge, History.Then(change), PeopleAtRisk, Grounds);

    /// <summary>Returns a copy with another place of refuge.</summary>
    /// <param name="refuge">The new place, or null for unknown.</param>
    public AsylumClaim WithRefuge(PlaceOfRefuge? refuge) =>
        new(Id, Kind, Claimant, Provenance, StateFled, StateAsked, refuge, History, PeopleAtRisk, Grounds);

    /// <summary>Returns a copy with other grounds.</summary>
    /// <param name="grounds">The new grounds, or null for unknown.</param>
    public AsylumClaim WithGrounds(AsylumGrounds? grounds) =>
        new(Id, Kind, Claimant, Provenance, StateFled, StateAsked, Refuge, History, PeopleAtRisk, grounds);

    /// <summary>For example <c>Diplomatic asylum claim of ri: prk → kor at mission x (RefugeTaken → AsylumRequested)</c>.</summary>
    public override string ToString() =>
        $"{Kind} asylum claim of {Claimant}: {StateFled?.ToString() ?? "?"} → {StateAsked?.ToString() ?? "?"}{(Refuge is null ? "" : $" at {Refuge}")} ({History})";
}
