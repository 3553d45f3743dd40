using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>A part of a quotation: the speaker's words, or an editor's insertion, [sic] or omission.</summary>
[Immutable]
public sealed record QuoteSegment
{
    /// <summary>Creates a segment.</summary>
    /// <param name="kind">Whose words these are.</param>
    /// <param name="text">The text as printed, brackets included for editorial parts ("[North Korea]").</param>
    public QuoteSegment(QuoteSegmentKind kind, string text)
    {
        Kind = Preconditions.CheckDefined(kind);
        Text = Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(text.Length > 0, nameof(text), "A quotation segment cannot be empty.");
    }

    /// <summary>Whose words these are.</summary>
    public QuoteSegmentKind Kind { get; }

    /// <summary>The text as printed.</summary>
    public string Text { get; }

    /// <summary>The text, with editorial parts marked, for example <c>{ed:[North Korea]}</c>.</summary>
    public override string ToString() => Kind == QuoteSegmentKind.Verbatim ? Text : $"{{{Kind}:{Text}}}";
}
