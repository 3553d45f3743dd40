using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// The work of one <see cref="ReportMerger.Merge(IReadOnlyList{Report}, Id{Incident}, string)"/>:
/// reports are added one by one, each aligned through hash lookups against what is merged so far
/// (never against every other report), then the incident is built once. Kept apart from
/// <see cref="ReportMerger"/> so the public type reads in one screen.
/// </summary>
internal sealed class IncidentMerge
{
    private readonly List<Source> sources = [];
    private readonly Dictionary<Id<Source>, Report> reportsBySource = [];
    private readonly Store<Actor, ActorDraft> actors = new();
    private readonly Store<Post, Post> posts = new();
    private readonly Store<LegalInstrument, LegalInstrument> instruments = new();
    private readonly Store<Mission, MissionDraft> missions = new();
    private readonly Store<AsylumClaim, ClaimDraft> claims = new();
    private readonly Store<Statement, Statement> statements = new();
    private readonly Store<DiplomaticEvent, DiplomaticEvent> events = new();
    private readonly Store<Remark, Remark> remarks = new();
    private readonly List<RelationDraft> relations = [];

    // Alignment indices: what stays the same across reports, mapped to merged ids, in merge order.
    private readonly Dictionary<string, Id<Actor>> statesByCode = new(StringComparer.Ordinal);
    private readonly Index<(string? State, OrganizationKind Kind, string Name), Id<Actor>> organizationsByName = new();
    private readonly Index<string, (Id<Actor> Person, bool ByName)> namedPersonsByName = new();
    private readonly Index<(string Nationality, string? Fled), Id<Actor>> claimantsByRole = new();
    private readonly HashSet<Id<Actor>> claimants = [];
    private readonly Index<(MissionKind Kind, Id<Actor> Sending, Id<Actor> Receiving, string? City), Id<Mission>> missionsByPlace = new();
    private readonly Index<Id<Actor>, Id<AsylumClaim>> claimsByClaimant = new();
    private readonly Index<(Id<Actor> Claimant, PlaceOfRefuge? Refuge), Id<AsylumClaim>> claimsByRefuge = new();
    private readonly Index<(Id<Actor> First, Id<Actor> Second, StateRelationKind Kind), RelationDraft> relationsByPair = new();

    private int reportCount;

    /// <summary>Adds one report: the first is the pivot and keeps everything as it is.</summary>
    /// <returns>False when the report is one already merged (merging is idempotent).</returns>
    internal bool Add(Report report)
    {
        var local = report.Account;
        if (reportsBySource.TryGetValue(report.Source.Id, out var earlier))
        {
            Preconditions.CheckArgument(earlier.Equals(report), "reports",
                $"Two different reports are from source '{report.Source.Id}'; merge reports of different sources (or the same report again).");
            return false;
        }
        reportsBySource.Add(report.Source.Id, report);
        sources.Add(report.Source);
        int r = reportCount++;
        string prefix = report.Source.Id.Value.Replace(':', '-');
        var map = new ReportIdMap();

        MapActors(local, r, prefix, map);
        foreach (var post in local.Posts)
        {
            map.Posts[post.Id] = posts.Allocate(post.Id, prefix);
        }
        AddActors(local, r, map);
        AddInstruments(local, prefix, map);
        AddMissions(local, r, prefix, map);
        AddClaims(local, r, prefix, map);
        foreach (var post in local.Posts)
        {
            var moved = map.Rewrite(post);
            posts.Add(moved.Id, moved);
        }
        AddRelations(local, r, map);
        foreach (var statement in local.Statements)
        {
            var moved = map.Rewrite(statement, statements.Allocate(statement.Id, prefix));
            statements.Add(moved.Id, moved);
        }
        foreach (var e in local.Events)
        {
            var moved = map.Rewrite(e, events.Allocate(e.Id, prefix));
            events.Add(moved.Id, moved);
        }
        foreach (var remark in local.Remarks)
        {
            var moved = map.Rewrite(remark, remarks.Allocate(remark.Id, prefix));
            remarks.Add(moved.Id, moved);
        }
        return true;
    }

    internal Incident Build(Id<Incident> id, string title) =>
        new(id, title,
            sources: sources.ToEquatableArray(),
            actors: actors.Items.Select(a => a.Build()).ToEquatableArray(),
            posts: posts.Items.ToEquatableArray(),
            relations: relations.Select(r => r.Build()).ToEquatableArray(),
            instruments: instruments.Items.ToEquatableArray(),
            missions: missions.Items.Select(m => m.Build()).ToEquatableArray(),
            asylumClaims: claims.Items.Select(c => c.Build()).ToEquatableArray(),
            statements: statements.Items.ToEquatableArray(),
            events: events.Items.ToEquatableArray(),
            remarks: remarks.Items.ToEquatableArray());

    // ---- Actors: decide first where each goes (all lookups see earlier reports only), then fold. ----

    private void MapActors(Incident local, int r, string prefix, ReportIdMap map)
    {
        // A merged actor absorbs at most one actor of a report, so a report's distinct actors stay
        // distinct (and lists such as a statement's addressees never get a repeat).
        var taken = new HashSet<Id<Actor>>();
        bool Align(Id<Actor> localId, Id<Actor> target)
        {
            if (map.Actors.ContainsKey(localId) || actors.Get(target).Report >= r || !taken.Add(target))
            {
                return false;
            }
            map.Actors[localId] = target;
            return true;
        }

        foreach (var state in local.Actors.OfType<State>())
        {
            if (statesByCode.TryGetValue(state.Code.Value, out var target))
            {
                Align(state.Id, target);
            }
        }
        foreach (var organization in local.Actors.OfType<Organization>())
        {
            string? code = local.CountryCodeOf(organization.State);
            _ = NameKeys(organization, strongOnly: false)
                .Any(key => organizationsByName[(code, organization.Kind, key)].Any(target => Align(organization.Id, target)));
        }
        // The claimant of a claim, by the comparison's rule: named persons by a shared name or
        // alias; otherwise (one unnamed) by the same nationality and the same state fled.
        foreach (var claim in local.AsylumClaims)
        {
            var person = local.GetActor(claim.Claimant);
            if (map.Actors.ContainsKey(person.Id))
            {
                continue;
            }
            bool named = person is NamedPerson;
            if (named && NameKeys(person, strongOnly: false).Any(key =>
                    namedPersonsByName[key].Any(c => claimants.Contains(c.Person) && Align(person.Id, c.Person))))
            {
                continue;
            }
            if (local.CountryCodeOf(person.Id) is { } nationality)
            {
                _ = claimantsByRole[(nationality, local.CountryCodeOf(claim.StateFled))]
                    .Any(target => !(named && actors.Get(target).Shape is NamedPerson) && Align(person.Id, target));
            }
        }
        // Other named persons by a name or a name-like alias (not a description or a bare surname),
        // unless their nationalities are known and differ.
        foreach (var person in local.Actors.OfType<NamedPerson>())
        {
            string? nationality = local.CountryCodeOf(person.Nationality);
            _ = NameKeys(person, strongOnly: true).Any(key => namedPersonsByName[key].Any(c =>
                c.ByName && actors.Get(c.Person).Shape is NamedPerson
                && (nationality is null || MergedCode(c.Person) is not { } theirs || theirs == nationality)
                && Align(person.Id, c.Person)));
        }
        foreach (var actor in local.Actors)
        {
            if (!map.Actors.ContainsKey(actor.Id))
            {
                map.Actors[actor.Id] = actors.Allocate(actor.Id, prefix);
            }
        }
    }

    private void AddActors(Incident local, int r, ReportIdMap map)
    {
        foreach (var actor in local.Actors)
        {
            var moved = map.Rewrite(actor);
            var description = DescriptionProvenance(local, actor, map);
            if (actors.TryGet(moved.Id, out var draft))
            {
                Fold(draft, moved, description, r);
            }
            else
            {
                draft = new ActorDraft(moved, r, description);
                actors.Add(draft.Id, draft);
            }
            Register(draft, moved);
        }
    }

    private void Fold(ActorDraft draft, Actor other, Provenance? otherDescription, int r)
    {
        draft.Wikidata ??= other.Wikidata;
        if (ActorShape.ReferenceOf(draft.Shape) is null && ActorShape.ReferenceOf(other) is { } reference)
        {
            draft.Shape = ActorShape.With(draft.Shape, draft.Id, reference, default, null);
        }
        switch (draft.Shape, other)
        {
            // A named person absorbs an unnamed one: the description becomes an alias, read where the unnamed report read it.
            case (UnnamedPerson unnamed, NamedPerson named):
                draft.Shape = new NamedPerson(draft.Id, named.Name, unnamed.Nationality ?? named.Nationality);
                draft.Aliases.Add(new Alias(unnamed.Description, AliasKind.Description, draft.DescriptionProvenance!), r);
                draft.DescriptionProvenance = null;
                break;
            case (_, UnnamedPerson or PersonGroup) when other.DisplayName != draft.Shape.DisplayName:
                draft.Aliases.Add(new Alias(other.DisplayName, AliasKind.Description, otherDescription!), r);
                break;
            case (_, State or Organization or NamedPerson) when other.DisplayName != draft.Shape.DisplayName:
                draft.Aliases.Add(new Alias(other.DisplayName, AliasKind.Name, NameProvenance(other)), r);
                break;
        }
        foreach (var alias in other.Aliases)
        {
            draft.Aliases.Add(alias, r);
        }
    }

    private void Register(ActorDraft draft, Actor moved)
    {
        switch (draft.Shape)
        {
            case State state:
                statesByCode.TryAdd(state.Code.Value, draft.Id);
                break;
            case Organization organization:
                string? code = MergedCode(organization.State);
                foreach (var key in NameKeys(moved, strongOnly: false).Append(Actor.NameKey(organization.Name)))
                {
                    organizationsByName.Add((code, organization.Kind, key), draft.Id);
                }
                break;
            case NamedPerson named:
                var strong = NameKeys(moved, strongOnly: true).Append(Actor.NameKey(named.Name)).ToHashSet();
                foreach (var key in NameKeys(moved, strongOnly: false).Concat(strong))
                {
                    namedPersonsByName.Add(key, (draft.Id, strong.Contains(key)));
                }
                break;
        }
    }

    // The words naming an actor: its name and aliases, reduced to letters and digits. "Strong" keys
    // leave out descriptions ("the official") and forms of address ("Mr Ri"), which many people share.
    private static IEnumerable<string> NameKeys(Actor actor, bool strongOnly) =>
        actor.Aliases
            .Where(a => !strongOnly || a.Kind is not (AliasKind.Description or AliasKind.Honorific or AliasKind.Informal or AliasKind.Metonym))
            .Select(a => a.Text)
            .Prepend(actor.DisplayName)
            .Select(Actor.NameKey)
            .Where(key => key.Length > 0)
            .Distinct();

    // Where a named actor's name is read: its aliases that spell the name; the analyst's otherwise.
    private Provenance NameProvenance(Actor actor)
    {
        string key = Actor.NameKey(actor.DisplayName);
        var cited = actor.Aliases.Where(a => Actor.NameKey(a.Text) == key && !a.Provenance.IsAnalystAssertion).ToList();
        return cited.Count > 0
            ? Provenance.Cited(cited.SelectMany(a => a.Provenance.Attributions).Distinct())
            : Provenance.Analyst($"the name another report's analyst gave to {actor.Id}");
    }

    // Where an unnamed person's or group's description is read: its own aliases, else the claim it makes.
    private static Provenance? DescriptionProvenance(Incident local, Actor actor, ReportIdMap map)
    {
        if (actor is not (UnnamedPerson or PersonGroup))
        {
            return null;
        }
        var cited = actor.Aliases.SelectMany(a => a.Provenance.Attributions)
            .Concat(local.AsylumClaims.Where(c => c.Claimant == actor.Id).SelectMany(c => c.Provenance.Attributions))
            .Select(map.Rewrite).Distinct().ToList();
        return cited.Count > 0 ? Provenance.Cited(cited) : Provenance.Analyst($"the description a report's analyst gave to {actor.Id}");
    }

    // ---- Legal instruments: by id (the well-known ones share ids); a different instrument under a taken id is renamed. ----

    private void AddInstruments(Incident local, string prefix, ReportIdMap map)
    {
        foreach (var instrument in local.Instruments)
        {
            if (instruments.TryGet(instrument.Id, out var known) && known.Equals(instrument))
            {
                map.Instruments[instrument.Id] = instrument.Id;
                continue;
            }
            var id = instruments.Allocate(instrument.Id, prefix);
            map.Instruments[instrument.Id] = id;
            instruments.Add(id, id == instrument.Id ? instrument : new LegalInstrument(id, instrument.Title, instrument.Kind, instrument.Year, instrument.ShortName));
        }
    }

    // ---- Missions: the same place told again folds; anything else is kept. Embassies before their consular sections. ----

    private void AddMissions(Incident local, int r, string prefix, ReportIdMap map)
    {
        var taken = new HashSet<Id<Mission>>();
        foreach (bool sections in new[] { false, true })
        {
            foreach (var mission in local.Missions.Where(m => (m.PartOf is not null) == sections))
            {
                var moved = map.Rewrite(mission, mission.Id);
                var target = missionsByPlace[PlaceKey(moved)].FirstOrDefault(id =>
                    missions.Get(id) is var draft && draft.Report < r && draft.CanFold(moved) && taken.Add(id));
                map.Missions[mission.Id] = target ?? missions.Allocate(mission.Id, prefix);
            }
        }
        foreach (var mission in local.Missions)
        {
            var moved = map.Rewrite(mission, map.Missions[mission.Id]);
            if (missions.TryGet(moved.Id, out var draft))
            {
                draft.Fold(moved, r);
            }
            else
            {
                missions.Add(moved.Id, new MissionDraft(moved, r));
                missionsByPlace.Add(PlaceKey(moved), moved.Id);
            }
        }
    }

    private static (MissionKind, Id<Actor>, Id<Actor>, string?) PlaceKey(Mission m) =>
        (m.Kind, m.SendingState, m.ReceivingState, m.City?.ToUpperInvariant());

    // ---- Asylum claims: the aligned claimant's claim folds when nothing contradicts; otherwise both are kept. ----

    private void AddClaims(Incident local, int r, string prefix, ReportIdMap map)
    {
        var taken = new HashSet<Id<AsylumClaim>>();
        foreach (var claim in local.AsylumClaims)
        {
            var moved = map.Rewrite(claim, claim.Id);
            // A claim with a place of refuge can fold only into one with the same place or none.
            var candidates = moved.Refuge is null
                ? claimsByClaimant[moved.Claimant]
                : claimsByRefuge[(moved.Claimant, moved.Refuge)].Concat(claimsByRefuge[(moved.Claimant, null)]);
            var target = candidates.FirstOrDefault(id =>
                claims.Get(id) is var draft && draft.Report < r && !taken.Contains(id) && draft.TryFold(moved, r));
            if (target is not null)
            {
                taken.Add(target);
                map.Claims[claim.Id] = target;
                claimsByRefuge.Add((moved.Claimant, claims.Get(target).Refuge), target);
            }
            else
            {
                var id = claims.Allocate(claim.Id, prefix);
                map.Claims[claim.Id] = id;
                claims.Add(id, new ClaimDraft(map.Rewrite(claim, id), r));
                claimsByClaimant.Add(moved.Claimant, id);
                claimsByRefuge.Add((moved.Claimant, moved.Refuge), id);
            }
            claimants.Add(moved.Claimant);
            if (MergedCode(moved.Claimant) is { } nationality)
            {
                claimantsByRole.Add((nationality, MergedCode(moved.StateFled)), moved.Claimant);
            }
        }
    }

    // ---- Relations: the same relation between the same two states folds, citing both reports. ----

    private void AddRelations(Incident local, int r, ReportIdMap map)
    {
        foreach (var relation in local.Relations)
        {
            var moved = map.Rewrite(relation);
            var key = PairKey(moved);
            var target = relationsByPair[key].FirstOrDefault(d => d.Report < r && d.CanFold(moved));
            if (target is not null)
            {
                target.Fold(moved);
                continue;
            }
            var draft = new RelationDraft(moved, r);
            relations.Add(draft);
            relationsByPair.Add(key, draft);
        }
    }

    private static (Id<Actor>, Id<Actor>, StateRelationKind) PairKey(StateRelation relation) =>
        relation.First.CompareTo(relation.Second) <= 0
            ? (relation.First, relation.Second, relation.Kind)
            : (relation.Second, relation.First, relation.Kind);

    // ---- Codes: what aligns states across reports. ----

    private string? MergedCode(Id<Actor>? id) =>
        id is null || !actors.TryGet(id, out var draft) ? null : draft.Shape switch
        {
            State state => state.Code.Value,
            var shape => MergedCode(ActorShape.ReferenceOf(shape)),
        };

    /// <summary>Merged entities (or their drafts) of one kind, in merge order, with the ids taken so far.</summary>
    private sealed class Store<TEntity, TDraft>
        where TEntity : class
        where TDraft : class
    {
        private readonly Dictionary<Id<TEntity>, TDraft> byId = [];
        private readonly HashSet<Id<TEntity>> taken = [];

        internal List<TDraft> Items { get; } = [];

        internal TDraft Get(Id<TEntity> id) => byId[id];

        internal bool TryGet(Id<TEntity> id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TDraft? draft) => byId.TryGetValue(id, out draft);

        internal void Add(Id<TEntity> id, TDraft draft)
        {
            byId.Add(id, draft);
            taken.Add(id);
            Items.Add(draft);
        }

        /// <summary>
        /// The id an entity new to the merge gets: its own when free, else its source's prefix and
        /// its own id ("src-001.person.x"), numbered ("-2", "-3"…) if even that is taken; reserved at once.
        /// </summary>
        internal Id<TEntity> Allocate(Id<TEntity> wanted, string prefix)
        {
            if (taken.Add(wanted))
            {
                return wanted;
            }
            string stem = $"{prefix}.{wanted.Value}";
            for (int n = 1; ; n++)
            {
                string suffix = n == 1 ? "" : $"-{n}";
                string text = stem.Length + suffix.Length <= Id<TEntity>.MaxLength
                    ? stem + suffix
                    : stem[..(Id<TEntity>.MaxLength - suffix.Length)].TrimEnd('.', '_', '-', ':') + suffix;
                if (Id<TEntity>.TryParse(text, out var id) && taken.Add(id))
                {
                    return id;
                }
            }
        }
    }

    /// <summary>A multi-valued lookup keeping values in the order they were added, each once per key.</summary>
    private sealed class Index<TKey, TValue>
        where TKey : notnull
    {
        private readonly Dictionary<TKey, List<TValue>> lists = [];
        private readonly HashSet<(TKey, TValue)> present = [];

        internal IReadOnlyList<TValue> this[TKey key] => lists.TryGetValue(key, out var list) ? list : [];

        internal void Add(TKey key, TValue value)
        {
            if (!present.Add((key, value)))
            {
                return;
            }
            if (!lists.TryGetValue(key, out var list))
            {
                lists[key] = list = [];
            }
            list.Add(value);
        }
    }
}
