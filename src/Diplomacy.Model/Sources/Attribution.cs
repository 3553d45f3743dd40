using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Sources;

/// <summary>
/// Ties a fact to a source: which words of which document say it, and on what basis the document
/// says it (a named official, anonymous sources, the reporter's own assertion, analysis…).
/// </summary>
[Immutable]
public sealed record Attribution
{
    /// <summary>Creates an attribution.</summary>
    /// <param name="source">The source document.</param>
    /// <param name="span">The exact words in the source.</param>
    /// <param name="basis">The basis the source gives for the fact.</param>
    /// <param name="attributedTo">The actor the source cites for it (an official, a ministry, "sources"), if any.</param>
    /// <param name="grade">An Admiralty reliability grade, if the analyst gave one.</param>
    public Attribution(Id<Source> source, TextSpan span, AttributionBasis basis, Id<Actor>? attributedTo = null, AdmiraltyGrade? grade = null)
    {
        Source = Preconditions.CheckNotNull(source);
        Span = Preconditions.CheckNotNull(span);
        Basis = Preconditions.CheckDefined(basis);
        AttributedTo = attributedTo;
        Grade = grade;
    }

    /// <summary>The source document.</summary>
    public Id<Source> Source { get; }

    /// <summary>The exact words in the source.</summary>
    public TextSpan Span { get; }

    /// <summary>The basis the source gives for the fact.</summary>
    public AttributionBasis Basis { get; }

    /// <summary>The actor the source cites for the fact, or null.</summary>
    public Id<Actor>? AttributedTo { get; }

    /// <summary>The Admiralty grade, or null.</summary>
    public AdmiraltyGrade? Grade { get; }

    /// <summary>The source, span and basis, for example <c>src-000 [12..40) "…" (ReporterAssertion)</c>.</summary>
    public override string ToString() => $"{Source} {Span} ({Basis}{(AttributedTo is null ? "" : ", per " + AttributedTo)})";
}
