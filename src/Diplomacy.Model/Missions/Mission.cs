using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Missions;

/// <summary>
/// Premises where diplomacy happens: an embassy, a consulate, a trade office… It has a sending
/// state, a receiving state (where the premises are) and a city. Its legal regime and the
/// inviolability of its premises are derived from its kind (<see cref="Regime"/>). Loose mentions
/// ("the consulate", "Seoul's embassy in Beijing", "the Seoul mission") are recorded as aliases,
/// so a vague mention and a precise one are the same place.
/// </summary>
[Immutable]
public sealed record Mission
{
    /// <summary>Creates a mission.</summary>
    /// <param name="id">The mission's id within the incident.</param>
    /// <param name="kind">What kind of premises it is.</param>
    /// <param name="sendingState">The state whose mission it is.</param>
    /// <param name="receivingState">The state on whose territory the premises are.</param>
    /// <param name="city">The city, if known.</param>
    /// <param name="provenance">Where the mission is mentioned.</param>
    /// <param name="name">A proper name ("Embassy of the Republic of Korea in Beijing"), if any.</param>
    /// <param name="aliases">The words sources use for it.</param>
    /// <param name="head">The head of mission, if known.</param>
    /// <param name="accreditedTo">For a permanent mission, the international organization it is accredited to.</param>
    /// <param name="protectingPower">For an interests section, the state whose mission hosts it.</param>
    /// <param name="partOf">For a consular section, the embassy it is part of, if in the incident.</param>
    /// <param name="agreement">For an office without treaty status, the agreement granting it privileges.</param>
    /// <param name="subdivision">The ISO 3166-2 subdivision, if known.</param>
    /// <param name="coordinates">The coordinates, if known.</param>
    /// <param name="premisesClaims">What sources assert about the receiving state's power over the premises.</param>
    /// <exception cref="ArgumentException">
    /// An interests section lacks its protecting power, a permanent mission its organization, or
    /// another kind carries one of those or an agreement it cannot have.
    /// </exception>
    public Mission(
        Id<Mission> id,
        MissionKind kind,
        Id<Actor> sendingState,
        Id<Actor> receivingState,
        string? city,
        Provenance provenance,
        string? name = null,
        EquatableArray<Alias> aliases = default,
        Id<Actor>? head = null,
        Id<Actor>? accreditedTo = null,
        Id<Actor>? protectingPower = null,
        Id<Mission>? partOf = null,
        PrivilegesAgreement? agreement = null,
        string? subdivision = null,
        GeoCoordinates? coordinates = null,
        EquatableArray<PremisesClaim> premisesClaims = default)
    {
        Id = Preconditions.CheckNotNull(id);
        Kind = Preconditions.CheckDefined(kind);
        SendingState = Preconditions.CheckNotNull(sendingState);
        ReceivingState = Preconditions.CheckNotNull(receivingState);
        City = Preconditions.CheckNullOrNotBlank(city);
        Provenance = Preconditions.CheckNotNull(provenance);
        Name = Preconditions.CheckNullOrNotBlank(name);
        Aliases = aliases;
        Head = head;
        Preconditions.CheckArgument((kind == MissionKind.PermanentMission) == (accreditedTo is not null), nameof(accreditedTo),
            kind == MissionKind.PermanentMission
                ? "A permanent mission must name the international organization it is accredited to."
                : $"Only a permanent mission is accredited to an organization; this mission is a {kind}.");
        AccreditedTo = accreditedTo;
        Preconditions.CheckArgument((kind == MissionKind.InterestsSection) == (protectingPower is not null), nameof(protectingPower),
            kind == MissionKind.InterestsSection
                ? "An interests section must name the protecting power whose mission hosts it."
                : $"Only an interests section has a protecting power; this mission is a {kind}.");
        ProtectingPower = protectingPower;
        Preconditions.CheckArgument(partOf is null || kind == MissionKind.ConsularSection, nameof(partOf),
            $"Only a consular section is part of another mission; this mission is a {kind}.");
        Preconditions.CheckArgument(partOf != id, nameof(partOf), "A mission cannot be part of itself.");
        PartOf = partOf;
        Preconditions.CheckArgument(agreement is null || MissionRegime.For(kind).Basis == LegalBasis.None, nameof(agreement),
            $"A {kind} has its status from a convention; a privileges agreement applies only to offices without one (trade, representative, liaison offices).");
        Agreement = agreement;
        Subdivision = Iso3166Subdivision.CheckNullOrValid(subdivision);
        Coordinates = coordinates;
        PremisesClaims = premisesClaims;
    }

    /// <summary>The mission's id within the incident.</summary>
    public Id<Mission> Id { get; }

    /// <summary>What kind of premises it is.</summary>
    public MissionKind Kind { get; }

    /// <summary>The state whose mission it is.</summary>
    public Id<Actor> SendingState { get; }

    /// <summary>The state on whose territory the premises are.</summary>
    public Id<Actor> ReceivingState { get; }

    /// <summary>The city, or null when the source does not say.</summary>
    public string? City { get; }

    /// <summary>Where the mission is mentioned.</summary>
    public Provenance Provenance { get; }

    /// <summary>The proper name, or null.</summary>
    public string? Name { get; }

    /// <summary>The words sources use for the mission.</summary>
    public EquatableArray<Alias> Aliases { get; }

    /// <summary>The head of mission, or null.</summary>
    public Id<Actor>? Head { get; }

    /// <summary>For a permanent mission, the organization it is accredited to; otherwise null.</summary>
    public Id<Actor>? AccreditedTo { get; }

    /// <summary>For an interests section, the protecting power; otherwise null.</summary>
    public Id<Actor>? ProtectingPower { get; }

    /// <summary>For a consular section, the embassy it belongs to, or null.</summary>
    public Id<Mission>? PartOf { get; }

    /// <summary>For an office without treaty status, the agreement granting privileges, or null.</summary>
    public PrivilegesAgreement? Agreement { get; }

    /// <summary>The ISO 3166-2 subdivision, or null.</summary>
    public string? Subdivision { get; }

    /// <summary>The coordinates, or null.</summary>
    public GeoCoordinates? Coordinates { get; }

    /// <summary>
    /// What sources assert about the receiving state's power over the premises ("cannot forcibly
    /// remove"): claims to check against <see cref="Regime"/>, not the law itself.
    /// </summary>
    public EquatableArray<PremisesClaim> PremisesClaims { get; }

    /// <summary>The legal regime of the premises, derived from the kind and any agreement.</summary>
    public MissionRegime Regime => MissionRegime.For(Kind, Agreement);

    /// <summary>Returns a copy of another kind, validated again (an agreement is kept only if the new kind allows it).</summary>
    /// <param name="kind">The new kind.</param>
    public Mission WithKind(MissionKind kind) =>
        new(Id, kind, SendingState, ReceivingState, City, Provenance, Name, Aliases, Head, AccreditedTo, ProtectingPower, PartOf, Agreement, Subdivision, Coordinates, PremisesClaims);

    /// <summary>Returns a copy with another city (null for unknown).</summary>
    /// <param name="city">The new city.</param>
    public Mission WithCity(string? city) =>
        new(Id, Kind, SendingState, ReceivingState, city, Provenance, Name, Aliases, Head, AccreditedTo, ProtectingPower, PartOf, Agreement, Subdivision, Coordinates, PremisesClaims);

    /// <summary>Returns a copy with <paramref name="alias"/> added.</summary>
    /// <param name="alias">A further mention.</param>
    public Mission WithAlias(Alias alias) =>
        new(Id, Kind, SendingState, ReceivingState, City, Provenance, Name, [.. Aliases, Preconditions.CheckNotNull(alias)], Head, AccreditedTo, ProtectingPower, PartOf, Agreement, Subdivision, Coordinates, PremisesClaims);

    /// <summary>Returns a copy with <paramref name="claim"/> added to the premises claims.</summary>
    /// <param name="claim">A source's assertion about the premises.</param>
    public Mission WithPremisesClaim(PremisesClaim claim) =>
        new(Id, Kind, SendingState, ReceivingState, City, Provenance, Name, Aliases, Head, AccreditedTo, ProtectingPower, PartOf, Agreement, Subdivision, Coordinates, [.. PremisesClaims, Preconditions.CheckNotNull(claim)]);

    /// <summary>A description such as <c>Embassy of kor in Beijing (chn)</c>.</summary>
    public override string ToString() => $"{Kind} of {SendingState} in {City ?? "(city unknown)"} ({ReceivingState})";
}
