using Diplomacy.Model.Comparison;
using Diplomacy.Model.Plausibility;

namespace Diplomacy.Model.Serialization.Contract;

// The wire shape of results computed from reports: a comparison (in its own versioned envelope) and
// a plausibility finding (a bare object). Property order is the order written.

internal sealed class ComparisonDocumentDto
{
    public required string FormatVersion { get; init; }

    public required ReportComparisonDto Comparison { get; init; }
}

internal sealed class ReportComparisonDto
{
    public required List<string> Sources { get; init; }

    public List<ComparisonFindingDto>? Findings { get; init; }
}

internal sealed class ComparisonFindingDto
{
    public required ComparisonAspect Aspect { get; init; }

    public string? Subject { get; init; }

    public required ComparisonVerdict Verdict { get; init; }

    public required string Explanation { get; init; }

    public required ComparisonSideDto First { get; init; }

    public required ComparisonSideDto Second { get; init; }
}

internal sealed class ComparisonSideDto
{
    public required string Source { get; init; }

    public string? Account { get; init; }

    public List<AttributionDto>? Attributions { get; init; }
}

internal sealed class PlausibilityFindingDto
{
    public required PlausibilityRule Rule { get; init; }

    public required string Message { get; init; }

    public required string Path { get; init; }

    public List<AttributionDto>? Attributions { get; init; }
}
