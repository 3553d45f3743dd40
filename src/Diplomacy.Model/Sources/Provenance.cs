using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Sources;

/// <summary>
/// Where a fact comes from: one or more attributions to sources, or — when no source says it — an
/// explicit mark that it is the analyst's own assertion, with the analyst's reason. A fact can
/// therefore never be silently unsourced.
/// </summary>
[Immutable]
public sealed record Provenance
{
    private Provenance(EquatableArray<Attribution> attributions, string? analystRationale)
    {
        Attributions = attributions;
        AnalystRationale = analystRationale;
    }

    /// <summary>The attributions; empty exactly when the fact is the analyst's own.</summary>
    public EquatableArray<Attribution> Attributions { get; }

    /// <summary>Why the analyst asserts the fact without a source, or null when it is sourced.</summary>
    public string? AnalystRationale { get; }

    /// <summary>Whether the fact is the analyst's own (no source says it).</summary>
    public bool IsAnalystAssertion => Attributions.IsEmpty;

    /// <summary>A fact that the given sources state.</summary>
    /// <param name="attributions">At least one attribution.</param>
    /// <exception cref="ArgumentException">No attribution is given.</exception>
    public static Provenance Cited(params IEnumerable<Attribution> attributions)
    {
        Preconditions.CheckNotNull(attributions);
        var list = attributions.ToEquatableArray();
        Preconditions.CheckArgument(!list.IsEmpty, nameof(attributions),
            "A cited fact needs at least one attribution; use Provenance.Analyst for a fact no source states.");
        return new Provenance(list, null);
    }

    /// <summary>A fact that no source states, asserted by the analyst.</summary>
    /// <param name="rationale">Why the analyst holds it (for example "reference data: ISO 3166-1").</param>
    /// <exception cref="ArgumentException"><paramref name="rationale"/> is blank.</exception>
    public static Provenance Analyst(string rationale) => new(EquatableArray<Attribution>.Empty, Preconditions.CheckNotBlank(rationale));

    /// <summary>Returns a provenance citing also <paramref name="attribution"/> (an analyst mark is replaced by it).</summary>
    /// <param name="attribution">The attribution to add.</param>
    public Provenance And(Attribution attribution) =>
        Cited(Attributions.Append(Preconditions.CheckNotNull(attribution)));

    /// <summary>The attributions, or the analyst's rationale.</summary>
    public override string ToString() => IsAnalystAssertion ? $"analyst: {AnalystRationale}" : Attributions.ToString();
}
