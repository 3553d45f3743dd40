using Diplomacy.Model.Annotations;

namespace Diplomacy.Model.Statements;

/// <summary>
/// The words of a statement as a source gives them: a verbatim <see cref="Quotation"/> or a
/// <see cref="Paraphrase"/>. The hierarchy is closed.
/// </summary>
[Immutable]
public abstract record StatementText
{
    private protected StatementText()
    {
    }

    /// <summary>The text as printed in the source.</summary>
    public abstract string PrintedText { get; }
}
