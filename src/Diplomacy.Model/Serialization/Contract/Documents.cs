namespace Diplomacy.Model.Serialization.Contract;

// The wire shape of the format, member for member. Property order here is the order written, so it
// is part of the contract (deterministic output). Required JSON members are `required`; optional ones
// are nullable and left out when absent. Empty collections are written as absent.

internal sealed class IncidentDocumentDto
{
    public required string FormatVersion { get; init; }

    public required IncidentDto Incident { get; init; }
}

internal sealed class ReportDocumentDto
{
    public required string FormatVersion { get; init; }

    public required IncidentDto Report { get; init; }
}

internal sealed class IncidentDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public List<SourceDto>? Sources { get; init; }

    public List<ActorDto>? Actors { get; init; }

    public List<PostDto>? Posts { get; init; }

    public List<StateRelationDto>? Relations { get; init; }

    public List<LegalInstrumentDto>? Instruments { get; init; }

    public List<MissionDto>? Missions { get; init; }

    public List<AsylumClaimDto>? AsylumClaims { get; init; }

    public List<StatementDto>? Statements { get; init; }

    public List<DiplomaticEventDto>? Events { get; init; }

    public List<RemarkDto>? Remarks { get; init; }
}
