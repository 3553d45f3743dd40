using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>The source's paraphrase of what was said ("calling on South Korea to resolve the situation").</summary>
public sealed record Paraphrase : StatementText
{
    /// <summary>Creates a paraphrase.</summary>
    /// <param name="text">The source's words.</param>
    public Paraphrase(string text)
    {
        Text = Preconditions.CheckNotBlank(text);
    }

    /// <summary>The source's words.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string PrintedText => Text;

    /// <summary>The words, marked as a paraphrase.</summary>
    public override string ToString() => $"(paraphrase) {Text}";
}
