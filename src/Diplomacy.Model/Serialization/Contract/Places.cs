using System.Text.Json.Serialization;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Model.Serialization.Contract;

internal sealed class LocationDto
{
    public required string Country { get; init; }

    public string? City { get; init; }

    public string? Subdivision { get; init; }

    public GeoCoordinatesDto? Coordinates { get; init; }
}

internal sealed class GeoCoordinatesDto
{
    public required double Latitude { get; init; }

    public required double Longitude { get; init; }
}

internal sealed class DateIntervalDto
{
    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate Start { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public required LocalDate End { get; init; }
}

internal sealed class ReportedTimeDto
{
    public required string Words { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public LocalDate? Anchor { get; init; }

    public TimeResolutionDto? Resolution { get; init; }
}

internal sealed class TimeResolutionDto
{
    public required DateIntervalDto Interval { get; init; }

    public required TimePrecision Precision { get; init; }
}

internal sealed class StateRelationDto
{
    public required string First { get; init; }

    public required string Second { get; init; }

    public required StateRelationKind Kind { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class MissionDto
{
    public required string Id { get; init; }

    public required MissionKind Kind { get; init; }

    public required string SendingState { get; init; }

    public required string ReceivingState { get; init; }

    public string? City { get; init; }

    public string? Subdivision { get; init; }

    public GeoCoordinatesDto? Coordinates { get; init; }

    public string? Name { get; init; }

    public List<AliasDto>? Aliases { get; init; }

    public string? Head { get; init; }

    public string? AccreditedTo { get; init; }

    public string? ProtectingPower { get; init; }

    public string? PartOf { get; init; }

    public PrivilegesAgreementDto? Agreement { get; init; }

    public List<PremisesClaimDto>? PremisesClaims { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class PremisesClaimDto
{
    public required PremisesAssertion Assertion { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class PrivilegesAgreementDto
{
    public required string Instrument { get; init; }

    public required bool GrantsPremisesInviolability { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class AsylumClaimDto
{
    public required string Id { get; init; }

    public required AsylumKind Kind { get; init; }

    public required string Claimant { get; init; }

    public string? StateFled { get; init; }

    public string? StateAsked { get; init; }

    public PlaceOfRefugeDto? Refuge { get; init; }

    public List<AsylumStatusChangeDto>? History { get; init; }

    public List<PersonAtRiskDto>? PeopleAtRisk { get; init; }

    public AsylumGroundsDto? Grounds { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class AsylumGroundsDto
{
    public required string Description { get; init; }

    public string? Persecutor { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MissionRefugeDto), "mission")]
[JsonDerivedType(typeof(TerritorialRefugeDto), "territory")]
internal abstract class PlaceOfRefugeDto
{
}

internal sealed class MissionRefugeDto : PlaceOfRefugeDto
{
    public required string Mission { get; init; }
}

internal sealed class TerritorialRefugeDto : PlaceOfRefugeDto
{
    public required LocationDto Location { get; init; }
}

internal sealed class AsylumStatusChangeDto
{
    public required AsylumStatus Status { get; init; }

    public ReportedTimeDto? When { get; init; }

    public string? Via { get; init; }

    public string? Note { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class PersonAtRiskDto
{
    public required string Person { get; init; }

    public required Kinship Kinship { get; init; }

    public string? Risk { get; init; }

    public LocationDto? Whereabouts { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}
