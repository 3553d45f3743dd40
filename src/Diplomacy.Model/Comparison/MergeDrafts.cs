using System.Diagnostics;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Comparison;

// The mutable drafts IncidentMerge folds reports into, built into immutable entities once at the
// end, so that adding one more report costs its own size and never a copy of what is merged so far.
// Every draft records the ordinal of the report that created it: a report's facts fold only into
// drafts of earlier reports, never into each other, so each report keeps its own structure.

/// <summary>A provenance that gathers the attributions of the facts folded into it, without repeats.</summary>
internal sealed class ProvenanceDraft
{
    private readonly Provenance first;
    private readonly List<Attribution>? attributions;
    private readonly HashSet<Attribution>? seen;

    internal ProvenanceDraft(Provenance first)
    {
        this.first = first;
        if (!first.IsAnalystAssertion)
        {
            attributions = [.. first.Attributions];
            seen = [.. first.Attributions];
        }
    }

    /// <summary>
    /// Whether <paramref name="other"/> can be gathered here: cited into cited, or the analyst's
    /// same rationale. An analyst's assertion and a source's citation cannot share one provenance,
    /// so such facts stay apart.
    /// </summary>
    internal bool CanAdd(Provenance other) =>
        other.IsAnalystAssertion
            ? first.IsAnalystAssertion && other.AnalystRationale == first.AnalystRationale
            : !first.IsAnalystAssertion;

    internal void Add(Provenance other)
    {
        Debug.Assert(CanAdd(other));
        if (attributions is null)
        {
            return;
        }
        foreach (var attribution in other.Attributions)
        {
            if (seen!.Add(attribution))
            {
                attributions.Add(attribution);
            }
        }
    }

    internal Provenance Build() =>
        attributions is null || attributions.Count == first.Attributions.Count ? first : Provenance.Cited(attributions);
}

/// <summary>
/// An entity's aliases: the same words of the same kind (and language) from several reports become
/// one alias citing all of them; anything else is appended.
/// </summary>
internal sealed class AliasesDraft
{
    private readonly List<(Alias Alias, ProvenanceDraft Provenance, int Report)> items = [];
    private readonly Dictionary<(string Text, AliasKind Kind, string? Language), int> firstWith = [];

    internal AliasesDraft(EquatableArray<Alias> aliases, int report)
    {
        foreach (var alias in aliases)
        {
            Add(alias, report);
        }
    }

    internal void Add(Alias alias, int report)
    {
        var key = (alias.Text, alias.Kind, alias.Language);
        if (firstWith.TryGetValue(key, out int i) && items[i].Report < report && items[i].Provenance.CanAdd(alias.Provenance))
        {
            items[i].Provenance.Add(alias.Provenance);
            return;
        }
        firstWith.TryAdd(key, items.Count);
        items.Add((alias, new ProvenanceDraft(alias.Provenance), report));
    }

    internal EquatableArray<Alias> Build() =>
        items.Select(item => item.Provenance.Build() is var p && ReferenceEquals(p, item.Alias.Provenance)
            ? item.Alias
            : new Alias(item.Alias.Text, item.Alias.Kind, p, item.Alias.Language)).ToEquatableArray();
}

/// <summary>One merged actor: its shape (kind, name, reference), its aliases and its Wikidata item.</summary>
internal sealed class ActorDraft
{
    internal ActorDraft(Actor actor, int report, Provenance? descriptionProvenance)
    {
        Shape = actor;
        Aliases = new AliasesDraft(actor.Aliases, report);
        Wikidata = actor.Wikidata;
        Report = report;
        DescriptionProvenance = descriptionProvenance;
    }

    internal Id<Actor> Id => Shape.Id;

    /// <summary>The actor without the aliases gathered since (its own aliases are in <see cref="Aliases"/>).</summary>
    internal Actor Shape { get; set; }

    internal AliasesDraft Aliases { get; }

    internal WikidataId? Wikidata { get; set; }

    internal int Report { get; }

    /// <summary>For an unnamed person or a group, where its description is read (its own aliases, or its claim).</summary>
    internal Provenance? DescriptionProvenance { get; set; }

    internal Actor Build() => ActorShape.With(Shape, Shape.Id, ActorShape.ReferenceOf(Shape), Aliases.Build(), Wikidata);
}

/// <summary>Rebuilding an actor of any kind with another id, reference, aliases or Wikidata item.</summary>
internal static class ActorShape
{
    /// <summary>The one state an actor refers to: an organization's state, a person's nationality.</summary>
    internal static Id<Actor>? ReferenceOf(Actor actor) => actor switch
    {
        Organization o => o.State,
        Person p => p.Nationality,
        _ => null,
    };

    internal static Actor With(Actor actor, Id<Actor> id, Id<Actor>? reference, EquatableArray<Alias> aliases, WikidataId? wikidata) => actor switch
    {
        State s => new State(id, s.Code, s.Name, aliases, s.CameoCode, wikidata),
        Organization o => new Organization(id, o.Name, o.Kind, reference, aliases, wikidata),
        NamedPerson n => new NamedPerson(id, n.Name, reference, aliases, wikidata),
        UnnamedPerson u => new UnnamedPerson(id, u.Description, reference, aliases),
        PersonGroup g => new PersonGroup(id, g.Description, g.IsAnonymous, reference, aliases),
        _ => throw new UnreachableException($"Unknown actor kind {actor.GetType().Name}."),
    };
}

/// <summary>One merged mission: the facts that identify it, and the provenance, aliases and premises claims gathered.</summary>
internal sealed class MissionDraft
{
    private readonly ProvenanceDraft provenance;
    private readonly ProvenanceDraft? agreement;
    private readonly AliasesDraft aliases;
    private readonly List<(PremisesClaim Claim, ProvenanceDraft Provenance, int Report)> premises = [];

    internal MissionDraft(Mission mission, int report)
    {
        Shape = mission;
        Report = report;
        provenance = new ProvenanceDraft(mission.Provenance);
        agreement = mission.Agreement is null ? null : new ProvenanceDraft(mission.Agreement.Provenance);
        aliases = new AliasesDraft(mission.Aliases, report);
        foreach (var claim in mission.PremisesClaims)
        {
            premises.Add((claim, new ProvenanceDraft(claim.Provenance), report));
        }
    }

    internal Mission Shape { get; }

    internal int Report { get; }

    /// <summary>
    /// Whether <paramref name="other"/> (in merged ids) is the same mission told again: the same
    /// kind, states and city, and no other identifying fact that differs (name, head, organization,
    /// protecting power, embassy, subdivision, coordinates, agreement). A mission that is only
    /// compatible (vaguer kind, no city) is not folded: the merge does not guess.
    /// </summary>
    internal bool CanFold(Mission other) =>
        Shape.Kind == other.Kind && Shape.SendingState == other.SendingState && Shape.ReceivingState == other.ReceivingState
        && string.Equals(Shape.City, other.City, StringComparison.OrdinalIgnoreCase)
        && Shape.Name == other.Name && Shape.Head == other.Head && Shape.AccreditedTo == other.AccreditedTo
        && Shape.ProtectingPower == other.ProtectingPower && Shape.PartOf == other.PartOf
        && Shape.Subdivision == other.Subdivision && Shape.Coordinates == other.Coordinates
        && provenance.CanAdd(other.Provenance)
        && (Shape.Agreement, other.Agreement) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.Instrument == y.Instrument && x.GrantsPremisesInviolability == y.GrantsPremisesInviolability && agreement!.CanAdd(y.Provenance),
            _ => false,
        };

    internal void Fold(Mission other, int report)
    {
        provenance.Add(other.Provenance);
        if (other.Agreement is { } a)
        {
            agreement!.Add(a.Provenance);
        }
        foreach (var alias in other.Aliases)
        {
            aliases.Add(alias, report);
        }
        foreach (var claim in other.PremisesClaims)
        {
            int i = premises.FindIndex(p => p.Report < report && p.Claim.Assertion == claim.Assertion && p.Provenance.CanAdd(claim.Provenance));
            if (i >= 0)
            {
                premises[i].Provenance.Add(claim.Provenance);
            }
            else
            {
                premises.Add((claim, new ProvenanceDraft(claim.Provenance), report));
            }
        }
    }

    internal Mission Build()
    {
        var m = Shape;
        var a = m.Agreement is null ? null : new PrivilegesAgreement(m.Agreement.Instrument, m.Agreement.GrantsPremisesInviolability, agreement!.Build());
        var claims = premises.Select(p => p.Provenance.Build() is var built && ReferenceEquals(built, p.Claim.Provenance)
            ? p.Claim : new PremisesClaim(p.Claim.Assertion, built)).ToEquatableArray();
        return new Mission(m.Id, m.Kind, m.SendingState, m.ReceivingState, m.City, provenance.Build(), m.Name, aliases.Build(), m.Head, m.AccreditedTo,
            m.ProtectingPower, m.PartOf, a, m.Subdivision, m.Coordinates, claims);
    }
}

/// <summary>One merged relation between two states, citing every report that states it.</summary>
internal sealed class RelationDraft(StateRelation relation, int report)
{
    private readonly ProvenanceDraft provenance = new(relation.Provenance);

    internal StateRelation Shape { get; } = relation;

    internal int Report { get; } = report;

    internal bool CanFold(StateRelation other) => provenance.CanAdd(other.Provenance);

    internal void Fold(StateRelation other) => provenance.Add(other.Provenance);

    internal StateRelation Build() => provenance.Build() is var p && ReferenceEquals(p, Shape.Provenance)
        ? Shape : new StateRelation(Shape.First, Shape.Second, Shape.Kind, p);
}
