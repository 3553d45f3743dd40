using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Commentary;

/// <summary>
/// A sentence or passage of a source that is background, analysis, opinion, speculation or a
/// stated uncertainty rather than a fact of the incident. Recording it keeps every sentence of a
/// report accounted for, and keeps opinion apart from fact.
/// </summary>
[Immutable]
public sealed record Remark
{
    /// <summary>Creates a remark.</summary>
    /// <param name="id">The remark's id within the incident.</param>
    /// <param name="kind">What kind of text it is.</param>
    /// <param name="summary">A short summary in the analyst's words.</param>
    /// <param name="provenance">Where it is written.</param>
    /// <param name="concerning">The actors it is about, none repeated.</param>
    public Remark(Id<Remark> id, RemarkKind kind, string summary, Provenance provenance, EquatableArray<Id<Actor>> concerning = default)
    {
        Id = Preconditions.CheckNotNull(id);
        Kind = Preconditions.CheckDefined(kind);
        Summary = Preconditions.CheckNotBlank(summary);
        Provenance = Preconditions.CheckNotNull(provenance);
        Preconditions.CheckArgument(!concerning.HasDuplicates(), nameof(concerning), "An actor is listed twice.");
        Concerning = concerning;
    }

    /// <summary>The remark's id.</summary>
    public Id<Remark> Id { get; }

    /// <summary>What kind of text it is.</summary>
    public RemarkKind Kind { get; }

    /// <summary>A short summary.</summary>
    public string Summary { get; }

    /// <summary>Where it is written.</summary>
    public Provenance Provenance { get; }

    /// <summary>The actors it is about.</summary>
    public EquatableArray<Id<Actor>> Concerning { get; }

    /// <summary>For example <c>Analysis: the defection suggests instability</c>.</summary>
    public override string ToString() => $"{Kind}: {Summary}";
}
