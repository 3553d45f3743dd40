using System.Diagnostics.CodeAnalysis;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Events;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Incidents;

/// <summary>
/// A diplomatic incident as reported: the sources, the actors and their posts, the relations
/// between states, the legal instruments, the missions, the asylum claims, the statements, other
/// events and the remarks (background, analysis, opinion). Entities refer to each other by id; the
/// constructor checks that ids are unique and every reference resolves to the right kind of entity.
/// </summary>
/// <remarks>
/// Equality compares every collection element by element, in order. Lookups by id
/// (<see cref="GetActor"/>, <see cref="TryGetMission"/>…) are constant-time.
/// </remarks>
[Immutable]
public sealed class Incident : IEquatable<Incident>
{
    private readonly EntityIndex<Source> sources;
    private readonly EntityIndex<Actor> actors;
    private readonly EntityIndex<Post> posts;
    private readonly EntityIndex<LegalInstrument> instruments;
    private readonly EntityIndex<Mission> missions;
    private readonly EntityIndex<AsylumClaim> claims;
    private readonly EntityIndex<Statement> statements;
    private readonly EntityIndex<DiplomaticEvent> events;
    private readonly EntityIndex<Remark> remarks;

    /// <summary>Creates an incident, checking ids and references.</summary>
    /// <param name="id">The incident's id.</param>
    /// <param name="title">A short title in the analyst's words.</param>
    /// <param name="sources">The documents the facts are read from.</param>
    /// <param name="actors">States, organizations and persons.</param>
    /// <param name="posts">Posts held by persons.</param>
    /// <param name="relations">Relations between states.</param>
    /// <param name="instruments">Legal instruments referred to.</param>
    /// <param name="missions">Missions involved.</param>
    /// <param name="asylumClaims">Asylum claims.</param>
    /// <param name="statements">Statements made.</param>
    /// <param name="events">Other events.</param>
    /// <param name="remarks">Background, analysis and opinion in the sources.</param>
    /// <exception cref="IncidentIntegrityException">An id is repeated, or a reference does not resolve to an entity of the right kind.</exception>
    public Incident(
        Id<Incident> id,
        string title,
        EquatableArray<Source> sources = default,
        EquatableArray<Actor> actors = default,
        EquatableArray<Post> posts = default,
        EquatableArray<StateRelation> relations = default,
        EquatableArray<LegalInstrument> instruments = default,
        EquatableArray<Mission> missions = default,
        EquatableArray<AsylumClaim> asylumClaims = default,
        EquatableArray<Statement> statements = default,
        EquatableArray<DiplomaticEvent> events = default,
        EquatableArray<Remark> remarks = default)
    {
        Id = Preconditions.CheckNotNull(id);
        Title = Preconditions.CheckNotBlank(title);
        Sources = sources;
        Actors = actors;
        Posts = posts;
        Relations = relations;
        Instruments = instruments;
        Missions = missions;
        AsylumClaims = asylumClaims;
        Statements = statements;
        Events = events;
        Remarks = remarks;
        this.sources = new(sources, s => s.Id, "sources");
        this.actors = new(actors, a => a.Id, "actors");
        this.posts = new(posts, p => p.Id, "posts");
        this.instruments = new(instruments, i => i.Id, "instruments");
        this.missions = new(missions, m => m.Id, "missions");
        claims = new(asylumClaims, c => c.Id, "asylumClaims");
        this.statements = new(statements, s => s.Id, "statements");
        this.events = new(events, e => e.Id, "events");
        this.remarks = new(remarks, r => r.Id, "remarks");
        new IncidentReferences(this).CheckAll();
    }

    /// <summary>The incident's id.</summary>
    public Id<Incident> Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The documents the facts are read from.</summary>
    public EquatableArray<Source> Sources { get; }

    /// <summary>States, organizations and persons.</summary>
    public EquatableArray<Actor> Actors { get; }

    /// <summary>Posts held by persons.</summary>
    public EquatableArray<Post> Posts { get; }

    /// <summary>Relations between states.</summary>
    public EquatableArray<StateRelation> Relations { get; }

    /// <summary>Legal instruments referred to.</summary>
    public EquatableArray<LegalInstrument> Instruments { get; }

    /// <summary>Missions involved.</summary>
    public EquatableArray<Mission> Missions { get; }

    /// <summary>Asylum claims.</summary>
    public EquatableArray<AsylumClaim> AsylumClaims { get; }

    /// <summary>Statements made.</summary>
    public EquatableArray<Statement> Statements { get; }

    /// <summary>Other events.</summary>
    public EquatableArray<DiplomaticEvent> Events { get; }

    /// <summary>Background, analysis and opinion.</summary>
    public EquatableArray<Remark> Remarks { get; }

    /// <summary>The source with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such source.</exception>
    public Source GetSource(Id<Source> id) => sources.Get(id, Id);

    /// <summary>The actor with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such actor.</exception>
    public Actor GetActor(Id<Actor> id) => actors.Get(id, Id);

    /// <summary>The post with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such post.</exception>
    public Post GetPost(Id<Post> id) => posts.Get(id, Id);

    /// <summary>The legal instrument with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such instrument.</exception>
    public LegalInstrument GetInstrument(Id<LegalInstrument> id) => instruments.Get(id, Id);

    /// <summary>The mission with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such mission.</exception>
    public Mission GetMission(Id<Mission> id) => missions.Get(id, Id);

    /// <summary>The asylum claim with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such claim.</exception>
    public AsylumClaim GetAsylumClaim(Id<AsylumClaim> id) => claims.Get(id, Id);

    /// <summary>The statement with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such statement.</exception>
    public Statement GetStatement(Id<Statement> id) => statements.Get(id, Id);

    /// <summary>The event with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such event.</exception>
    public DiplomaticEvent GetEvent(Id<DiplomaticEvent> id) => events.Get(id, Id);

    /// <summary>The remark with <paramref name="id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No such remark.</exception>
    public Remark GetRemark(Id<Remark> id) => remarks.Get(id, Id);

    /// <summary>Looks up a source.</summary>
    /// <param name="id">The id.</param>
    /// <param name="source">The source, when found.</param>
    public bool TryGetSource(Id<Source> id, [NotNullWhen(true)] out Source? source) => sources.TryGet(id, out source);

    /// <summary>Looks up an actor.</summary>
    /// <param name="id">The id.</param>
    /// <param name="actor">The actor, when found.</param>
    public bool TryGetActor(Id<Actor> id, [NotNullWhen(true)] out Actor? actor) => actors.TryGet(id, out actor);

    /// <summary>Looks up a post.</summary>
    /// <param name="id">The id.</param>
    /// <param name="post">The post, when found.</param>
    public bool TryGetPost(Id<Post> id, [NotNullWhen(true)] out Post? post) => posts.TryGet(id, out post);

    /// <summary>Looks up a legal instrument.</summary>
    /// <param name="id">The id.</param>
    /// <param name="instrument">The instrument, when found.</param>
    public bool TryGetInstrument(Id<LegalInstrument> id, [NotNullWhen(true)] out LegalInstrument? instrument) => instruments.TryGet(id, out instrument);

    /// <summary>Looks up a mission.</summary>
    /// <param name="id">The id.</param>
    /// <param name="mission">The mission, when found.</param>
    public bool TryGetMission(Id<Mission> id, [NotNullWhen(true)] out Mission? mission) => missions.TryGet(id, out mission);

    /// <summary>Looks up an asylum claim.</summary>
    /// <param name="id">The id.</param>
    /// <param name="claim">The claim, when found.</param>
    public bool TryGetAsylumClaim(Id<AsylumClaim> id, [NotNullWhen(true)] out AsylumClaim? claim) => claims.TryGet(id, out claim);

    /// <summary>Looks up a statement.</summary>
    /// <param name="id">The id.</param>
    /// <param name="statement">The statement, when found.</param>
    public bool TryGetStatement(Id<Statement> id, [NotNullWhen(true)] out Statement? statement) => statements.TryGet(id, out statement);

    /// <summary>Looks up an event.</summary>
    /// <param name="id">The id.</param>
    /// <param name="diplomaticEvent">The event, when found.</param>
    public bool TryGetEvent(Id<DiplomaticEvent> id, [NotNullWhen(true)] out DiplomaticEvent? diplomaticEvent) => events.TryGet(id, out diplomaticEvent);

    /// <summary>Looks up a remark.</summary>
    /// <param name="id">The id.</param>
    /// <param name="remark">The remark, when found.</param>
    public bool TryGetRemark(Id<Remark> id, [NotNullWhen(true)] out Remark? remark) => remarks.TryGet(id, out remark);

    /// <summary>
    /// The ISO 3166-1 alpha-3 code that places an actor: a state's own code, an organization's
    /// state's, a person's nationality's. Null when the actor is unknown or has none. Reports are
    /// aligned by it, since their ids need not agree.
    /// </summary>
    internal string? CountryCodeOf(Id<Actor>? id) =>
        id is null || !TryGetActor(id, out var actor) ? null : actor switch
        {
            State state => state.Code.Value,
            Organization organization => CountryCodeOf(organization.State),
            Person person => CountryCodeOf(person.Nationality),
            _ => null,
        };

    /// <summary>The posts held by <paramref name="person"/>, in incident order.</summary>
    /// <param name="person">The holder.</param>
    public IEnumerable<Post> PostsHeldBy(Id<Actor> person) => Posts.Where(p => p.Holder == person);

    /// <summary>
    /// Every attribution in the incident, with the JSON path of the fact it supports
    /// (<c>$.statements[0].provenance</c>), in document order.
    /// </summary>
    public IEnumerable<(string Path, Attribution Attribution)> EnumerateAttributions() =>
        EnumerateProvenance().SelectMany(p => p.Provenance.Attributions.Select(a => (p.Path.ToString(), a)));

    /// <summary>Returns a copy with other sources, validated again.</summary>
    /// <param name="value">The new sources.</param>
    public Incident WithSources(EquatableArray<Source> value) => new(Id, Title, value, Actors, Posts, Relations, Instruments, Missions, AsylumClaims, Statements, Events, Remarks);

    /// <summary>Returns a copy with other actors, validated again.</summary>
    /// <param name="value">The new actors.</param>
    public Incident WithActors(EquatableArray<Actor> value) => new(Id, Title, Sources, value, Posts, Relations, Instruments, Missions, AsylumClaims, Statements, Events, Remarks);

    /// <summary>Returns a copy with other posts, validated again.</summary>
    /// <param name="value">The new posts.</param>
    public Incident WithPosts(EquatableArray<Post> value) => new(Id, Title, Sources, Actors, value, Relations, Instruments, Missions, AsylumClaims, Statements, Events, Remarks);

    /// <summary>Returns a copy with other relations, validated again.</summary>
    /// <param name="value">The new relations.</param>
    public Incident WithRelations(EquatableArray<StateRelation> value) => new(Id, Title, Sources, Actors, Posts, value, Instruments, Missions, AsylumClaims, Statements, Events, Remarks);

    /// <summary>Returns a copy with other legal instruments, validated again.</summary>
    /// <param name="value">The new instruments.</param>
    public Incident WithInstruments(EquatableArray<LegalInstrument> value) => new(Id, Title, Sources, Actors, Posts, Relations, value, Missions, AsylumClaims, Statements, Events, Remarks);

    /// <summary>Returns a copy with other missions, validated again.</summary>
    /// <param name="value">The new missions.</param>
    public Incident WithMissions(EquatableArray<Mission> value) => new(Id, Title, Sources, Actors, Posts, Relations, Instruments, value, AsylumClaims, Statements, Events, Remarks);

    /// <summary>Returns a copy with other asylum claims, validated again.</summary>
    /// <param name="value">The new claims.</param>
    public Incident WithAsylumClaims(EquatableArray<AsylumClaim> value) => new(Id, Title, Sources, Actors, Posts, Relations, Instruments, Missions, value, Statements, Events, Remarks);

    /// <summary>Returns a copy with other statements, validated again.</summary>
    /// <param name="value">The new statements.</param>
    public Incident WithStatements(EquatableArray<Statement> value) => new(Id, Title, Sources, Actors, Posts, Relations, Instruments, Missions, AsylumClaims, value, Events, Remarks);

    /// <summary>Returns a copy with other events, validated again.</summary>
    /// <param name="value">The new events.</param>
    public Incident WithEvents(EquatableArray<DiplomaticEvent> value) => new(Id, Title, Sources, Actors, Posts, Relations, Instruments, Missions, AsylumClaims, Statements, value, Remarks);

    /// <summary>Returns a copy with other remarks, validated again.</summary>
    /// <param name="value">The new remarks.</param>
    public Incident WithRemarks(EquatableArray<Remark> value) => new(Id, Title, Sources, Actors, Posts, Relations, Instruments, Missions, AsylumClaims, Statements, Events, value);

    /// <inheritdoc />
    public bool Equals(Incident? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Id == other.Id
                && Title == other.Title
                && Sources == other.Sources
                && Actors == other.Actors
                && Posts == other.Posts
                && Relations == other.Relations
                && Instruments == other.Instruments
                && Missions == other.Missions
                && AsylumClaims == other.AsylumClaims
                && Statements == other.Statements
                && Events == other.Events
                && Remarks == other.Remarks));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Incident);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id);
        hash.Add(Title);
        hash.Add(Sources);
        hash.Add(Actors);
        hash.Add(Posts);
        hash.Add(Relations);
        hash.Add(Instruments);
        hash.Add(Missions);
        hash.Add(AsylumClaims);
        hash.Add(Statements);
        hash.Add(Events);
        hash.Add(Remarks);
        return hash.ToHashCode();
    }

    /// <summary>Whether two incidents hold the same facts in the same order.</summary>
    public static bool operator ==(Incident? left, Incident? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two incidents differ.</summary>
    public static bool operator !=(Incident? left, Incident? right) => !(left == right);

    /// <summary>The id, title and counts, for example <c>ri-refuge: "…" (2 sources, 9 actors, 1 claim, 3 statements)</c>.</summary>
    public override string ToString() =>
        $"{Id}: \"{Title}\" ({Sources.Count} sources, {Actors.Count} actors, {Missions.Count} missions, {AsylumClaims.Count} claims, {Statements.Count} statements, {Events.Count} events, {Remarks.Count} remarks)";

    /// <summary>Every provenance in the incident with the JSON path of its fact, in document order.</summary>
    internal IEnumerable<(JsonPath Path, Provenance Provenance)> EnumerateProvenance()
    {
        for (int i = 0; i < Actors.Count; i++)
        {
            foreach (var item in Aliases((JsonPath)$"$.actors[{i}]", Actors[i].Aliases))
            {
                yield return item;
            }
        }
        for (int i = 0; i < Posts.Count; i++)
        {
            yield return ((JsonPath)$"$.posts[{i}].provenance", Posts[i].Provenance);
        }
        for (int i = 0; i < Relations.Count; i++)
        {
            yield return ((JsonPath)$"$.relations[{i}].provenance", Relations[i].Provenance);
        }
        for (int i = 0; i < Missions.Count; i++)
        {
            var mission = Missions[i];
            yield return ((JsonPath)$"$.missions[{i}].provenance", mission.Provenance);
            foreach (var item in Aliases((JsonPath)$"$.missions[{i}]", mission.Aliases))
            {
                yield return item;
            }
            if (mission.Agreement is { } agreement)
            {
                yield return ((JsonPath)$"$.missions[{i}].agreement.provenance", agreement.Provenance);
            }
            for (int c = 0; c < mission.PremisesClaims.Count; c++)
            {
                yield return ((JsonPath)$"$.missions[{i}].premisesClaims[{c}].provenance", mission.PremisesClaims[c].Provenance);
            }
        }
        for (int i = 0; i < AsylumClaims.Count; i++)
        {
            var claim = AsylumClaims[i];
            yield return ((JsonPath)$"$.asylumClaims[{i}].provenance", claim.Provenance);
            for (int s = 0; s < claim.History.Changes.Count; s++)
            {
                yield return ((JsonPath)$"$.asylumClaims[{i}].history[{s}].provenance", claim.History.Changes[s].Provenance);
            }
            for (int p = 0; p < claim.PeopleAtRisk.Count; p++)
            {
                yield return ((JsonPath)$"$.asylumClaims[{i}].peopleAtRisk[{p}].provenance", claim.PeopleAtRisk[p].Provenance);
            }
            if (claim.Grounds is { } grounds)
            {
                yield return ((JsonPath)$"$.asylumClaims[{i}].grounds.provenance", grounds.Provenance);
            }
        }
        for (int i = 0; i < Statements.Count; i++)
        {
            yield return ((JsonPath)$"$.statements[{i}].provenance", Statements[i].Provenance);
        }
        for (int i = 0; i < Events.Count; i++)
        {
            yield return ((JsonPath)$"$.events[{i}].provenance", Events[i].Provenance);
        }
        for (int i = 0; i < Remarks.Count; i++)
        {
            yield return ((JsonPath)$"$.remarks[{i}].provenance", Remarks[i].Provenance);
        }

        static IEnumerable<(JsonPath, Provenance)> Aliases(JsonPath owner, EquatableArray<Alias> aliases)
        {
            for (int a = 0; a < aliases.Count; a++)
            {
                yield return ((JsonPath)$"{owner}.aliases[{a}].provenance", aliases[a].Provenance);
            }
        }
    }
}
