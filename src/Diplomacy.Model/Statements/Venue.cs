using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>Where or how a statement was made ("at a regular press briefing").</summary>
[Immutable]
public sealed record Venue
{
    /// <summary>Creates a venue.</summary>
    /// <param name="kind">The kind of venue.</param>
    /// <param name="description">The source's words, if useful.</param>
    public Venue(VenueKind kind, string? description = null)
    {
        Kind = Preconditions.CheckDefined(kind);
        Description = Preconditions.CheckNullOrNotBlank(description);
    }

    /// <summary>The kind of venue.</summary>
    public VenueKind Kind { get; }

    /// <summary>The source's words, or null.</summary>
    public string? Description { get; }

    /// <summary>The kind and description.</summary>
    public override string ToString() => Description is null ? Kind.ToString() : $"{Kind} ({Description})";
}
