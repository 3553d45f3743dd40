using System.Text.Json.Serialization;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Law;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Serialization.Contract;

internal sealed class StatementDto
{
    public required string Id { get; init; }

    public required SpeakerDto Speaker { get; init; }

    public string? OnBehalfOf { get; init; }

    public required List<Stance> Stances { get; init; }

    public AddresseesDto? Addressees { get; init; }

    public StatementTextDto? Text { get; init; }

    public ReportedTimeDto? When { get; init; }

    public VenueDto? Venue { get; init; }

    public List<string>? Invokes { get; init; }

    public string? Regarding { get; init; }

    public EventCodeDto? Coding { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class SpeakerDto
{
    public required string Actor { get; init; }

    public string? Post { get; init; }
}

internal sealed class AddresseesDto
{
    public required AddresseeScope Scope { get; init; }

    public List<string>? Actors { get; init; }

    public string? Words { get; init; }
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(QuotationDto), "quotation")]
[JsonDerivedType(typeof(ParaphraseDto), "paraphrase")]
internal abstract class StatementTextDto
{
}

internal sealed class QuotationDto : StatementTextDto
{
    public required List<QuoteSegmentDto> Segments { get; init; }

    public required QuoteRendering Rendering { get; init; }

    public string? OriginalLanguage { get; init; }
}

internal sealed class QuoteSegmentDto
{
    public required QuoteSegmentKind Kind { get; init; }

    public required string Text { get; init; }
}

internal sealed class ParaphraseDto : StatementTextDto
{
    public required string Text { get; init; }
}

internal sealed class VenueDto
{
    public required VenueKind Kind { get; init; }

    public string? Description { get; init; }
}

internal sealed class EventCodeDto
{
    public string? Cameo { get; init; }

    public PloverCodingDto? Plover { get; init; }
}

internal sealed class PloverCodingDto
{
    public required PloverEventType Type { get; init; }

    public string? Mode { get; init; }

    public string? Context { get; init; }
}

internal sealed class LegalInstrumentDto
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required LegalInstrumentKind Kind { get; init; }

    public int? Year { get; init; }

    public string? ShortName { get; init; }
}

internal sealed class DiplomaticEventDto
{
    public required string Id { get; init; }

    public required DiplomaticEventKind Kind { get; init; }

    public required string Description { get; init; }

    public required EventStatus Status { get; init; }

    public List<string>? Participants { get; init; }

    public LocationDto? Location { get; init; }

    public ReportedTimeDto? When { get; init; }

    public EventCodeDto? Coding { get; init; }

    public string? Regarding { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}

internal sealed class RemarkDto
{
    public required string Id { get; init; }

    public required RemarkKind Kind { get; init; }

    public required string Summary { get; init; }

    public List<string>? Concerning { get; init; }

    public required ProvenanceDto Provenance { get; init; }
}
