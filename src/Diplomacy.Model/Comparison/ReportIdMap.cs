using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// Where each of one report's ids goes in the merged incident, and the rewriting of that report's
/// entities into the merged ids: every reference (including an attribution's <c>attributedTo</c>)
/// is translated, nothing else changes. Source ids are never rewritten.
/// </summary>
internal sealed class ReportIdMap
{
    internal Dictionary<Id<Actor>, Id<Actor>> Actors { get; } = [];

    internal Dictionary<Id<Post>, Id<Post>> Posts { get; } = [];

    internal Dictionary<Id<LegalInstrument>, Id<LegalInstrument>> Instruments { get; } = [];

    internal Dictionary<Id<Mission>, Id<Mission>> Missions { get; } = [];

    internal Dictionary<Id<AsylumClaim>, Id<AsylumClaim>> Claims { get; } = [];

    internal Id<Actor> ActorId(Id<Actor> id) => Actors[id];

    internal Id<Actor>? ActorIdOrNull(Id<Actor>? id) => id is null ? null : Actors[id];

    internal Attribution Rewrite(Attribution a) =>
        a.AttributedTo is null ? a : new Attribution(a.Source, a.Span, a.Basis, ActorIdOrNull(a.AttributedTo), a.Grade);

    internal Provenance Rewrite(Provenance p) =>
        p.IsAnalystAssertion || p.Attributions.All(a => a.AttributedTo is null) ? p : Provenance.Cited(p.Attributions.Select(Rewrite));

    internal Alias Rewrite(Alias alias) => new(alias.Text, alias.Kind, Rewrite(alias.Provenance), alias.Language);

    internal EquatableArray<Alias> Rewrite(EquatableArray<Alias> aliases) => aliases.Select(Rewrite).ToEquatableArray();

    internal Location? Rewrite(Location? location) =>
        location is null ? null : new Location(ActorId(location.Country), location.City, location.Subdivision, location.Coordinates);

    internal Actor Rewrite(Actor actor) => actor switch
    {
        Organization o => ActorShape.With(o, ActorId(o.Id), ActorIdOrNull(o.State), Rewrite(o.Aliases), o.Wikidata),
        Person p => ActorShape.With(p, ActorId(p.Id), ActorIdOrNull(p.Nationality), Rewrite(p.Aliases), p.Wikidata),
        _ => ActorShape.With(actor, ActorId(actor.Id), null, Rewrite(actor.Aliases), actor.Wikidata),
    };

    internal Post Rewrite(Post post) =>
        new(Posts[post.Id], ActorId(post.Holder), post.Title, ActorId(post.Serves), Rewrite(post.Provenance), Rewrite(post.ExercisedIn), post.Validity);

    internal StateRelation Rewrite(StateRelation relation) =>
        new(ActorId(relation.First), ActorId(relation.Second), relation.Kind, Rewrite(relation.Provenance));

    internal Mission Rewrite(Mission m, Id<Mission> id) =>
        new(id, m.Kind, ActorId(m.SendingState), ActorId(m.ReceivingState), m.City, Rewrite(m.Provenance), m.Name, Rewrite(m.Aliases),
            ActorIdOrNull(m.Head), ActorIdOrNull(m.AccreditedTo), ActorIdOrNull(m.ProtectingPower), m.PartOf is null ? null : Missions[m.PartOf],
            m.Agreement is null ? null : new PrivilegesAgreement(Instruments[m.Agreement.Instrument], m.Agreement.GrantsPremisesInviolability, Rewrite(m.Agreement.Provenance)),
            m.Subdivision, m.Coordinates, m.PremisesClaims.Select(c => new PremisesClaim(c.Assertion, Rewrite(c.Provenance))).ToEquatableArray());

    internal AsylumClaim Rewrite(AsylumClaim c, Id<AsylumClaim> id) =>
        new(id, c.Kind, ActorId(c.Claimant), Rewrite(c.Provenance), ActorIdOrNull(c.StateFled), ActorIdOrNull(c.StateAsked),
            c.Refuge switch
            {
                MissionRefuge m => new MissionRefuge(Missions[m.Mission]),
                TerritorialRefuge t => new TerritorialRefuge(Rewrite(t.Location)!),
                _ => null,
            },
            new AsylumHistory(c.History.Changes.Select(s => new AsylumStatusChange(s.Status, Rewrite(s.Provenance), s.When, ActorIdOrNull(s.Via), s.Note)).ToEquatableArray()),
            c.PeopleAtRisk.Select(p => new PersonAtRisk(ActorId(p.Person), p.Kinship, Rewrite(p.Provenance), p.Risk, Rewrite(p.Whereabouts))).ToEquatableArray(),
            c.Grounds is null ? null : new AsylumGrounds(c.Grounds.Description, Rewrite(c.Grounds.Provenance), ActorIdOrNull(c.Grounds.Persecutor)));

    internal Statement Rewrite(Statement s, Id<Statement> id) =>
        new(id, new Speaker(ActorId(s.Speaker.Actor), s.Speaker.Post is null ? null : Posts[s.Speaker.Post]), s.Stances, Rewrite(s.Provenance),
            ActorIdOrNull(s.OnBehalfOf), new Addressees(s.Addressees.Scope, s.Addressees.Actors.Select(ActorId).ToEquatableArray(), s.Addressees.Words),
            s.Text, s.When, s.Venue, s.Invokes.Select(i => Instruments[i]).ToEquatableArray(), s.Regarding is null ? null : Claims[s.Regarding], s.Coding);

    internal DiplomaticEvent Rewrite(DiplomaticEvent e, Id<DiplomaticEvent> id) =>
        new(id, e.Kind, e.Description, e.Status, Rewrite(e.Provenance), e.Participants.Select(ActorId).ToEquatableArray(), Rewrite(e.Location),
            e.When, e.Coding, e.Regarding is null ? null : Claims[e.Regarding]);

    internal Remark Rewrite(Remark r, Id<Remark> id) =>
        new(id, r.Kind, r.Summary, Rewrite(r.Provenance), r.Concerning.Select(ActorId).ToEquatableArray());
}
