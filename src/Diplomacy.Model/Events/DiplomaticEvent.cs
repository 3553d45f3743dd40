using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Time;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Events;

/// <summary>
/// Another event of the incident: a planned leaders' visit, negotiations, a defection. It has
/// participants, an optional place and time, a status (occurred, planned…) and optional coding.
/// </summary>
[Immutable]
public sealed record DiplomaticEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="id">The event's id within the incident.</param>
    /// <param name="kind">What kind of event.</param>
    /// <param name="description">A short description in the analyst's words.</param>
    /// <param name="status">Whether it happened, is planned…</param>
    /// <param name="provenance">Where it is reported.</param>
    /// <param name="participants">The actors taking part, none repeated.</param>
    /// <param name="location">Where, if stated.</param>
    /// <param name="when">When, as reported.</param>
    /// <param name="coding">CAMEO/PLOVER coding, if coded.</param>
    /// <param name="regarding">The asylum claim the event belongs to (the defection, the negotiations over it), if any.</param>
    /// <exception cref="ArgumentException">A participant is listed twice, or the description is blank.</exception>
    public DiplomaticEvent(
        Id<DiplomaticEvent> id,
        DiplomaticEventKind kind,
        string description,
        EventStatus status,
        Provenance provenance,
        EquatableArray<Id<Actor>> participants = default,
        Location? location = null,
        ReportedTime? when = null,
        EventCode? coding = null,
        Id<AsylumClaim>? regarding = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Kind = Preconditions.CheckDefined(kind);
        Description = Preconditions.CheckNotBlank(description);
        Status = Preconditions.CheckDefined(status);
        Provenance = Preconditions.CheckNotNull(provenance);
        Preconditions.CheckArgument(!participants.HasDuplicates(), nameof(participants), "A participant is listed twice.");
        Participants = participants;
        Location = location;
        When = when;
        Coding = coding;
        Regarding = regarding;
    }

    /// <summary>The event's id.</summary>
    public Id<DiplomaticEvent> Id { get; }

    /// <summary>What kind of event.</summary>
    public DiplomaticEventKind Kind { get; }

    /// <summary>A short description.</summary>
    public string Description { get; }

    /// <summary>Whether it happened, is planned…</summary>
    public EventStatus Status { get; }

    /// <summary>Where it is reported.</summary>
    public Provenance Provenance { get; }

    /// <summary>The actors taking part.</summary>
    public EquatableArray<Id<Actor>> Participants { get; }

    /// <summary>Where, or null.</summary>
    public Location? Location { get; }

    /// <summary>When, as reported, or null.</summary>
    public ReportedTime? When { get; }

    /// <summary>The coding, or null.</summary>
    public EventCode? Coding { get; }

    /// <summary>The asylum claim the event belongs to, or null.</summary>
    public Id<AsylumClaim>? Regarding { get; }

    /// <summary>For example <c>StateVisit (Planned): Kim Jong Un to visit China</c>.</summary>
    public override string ToString() => $"{Kind} ({Status}): {Description}";
}
