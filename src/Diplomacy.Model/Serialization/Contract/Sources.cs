using System.Text.Json.Serialization;
using Diplomacy.Model.Sources;
using NodaTime;

namespace Diplomacy.Model.Serialization.Contract;

internal sealed class SourceDto
{
    public required string Id { get; init; }

    public required SourceKind Kind { get; init; }

    public string? Headline { get; init; }

    public string? Publisher { get; init; }

    public string? Dateline { get; init; }

    [JsonConverter(typeof(LocalDateJsonConverter))]
    public LocalDate? PublicationDate { get; init; }

    [JsonConverter(typeof(InstantJsonConverter))]
    public Instant? PublishedAt { get; init; }

    public required string Language { get; init; }

    public required string ContentHash { get; init; }

    public string? Address { get; init; }
}

internal sealed class ProvenanceDto
{
    public List<AttributionDto>? Attributions { get; init; }

    public string? AnalystRationale { get; init; }
}

internal sealed class AttributionDto
{
    public required string Source { get; init; }

    public required TextSpanDto Span { get; init; }

    public required AttributionBasis Basis { get; init; }

    public string? AttributedTo { get; init; }

    public AdmiraltyGradeDto? Grade { get; init; }
}

internal sealed class TextSpanDto
{
    public required int Start { get; init; }

    public required string Quote { get; init; }
}

internal sealed class AdmiraltyGradeDto
{
    public required SourceReliability Reliability { get; init; }

    public required InformationCredibility Credibility { get; init; }
}
