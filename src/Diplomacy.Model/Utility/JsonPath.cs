using System.Globalization;
using System.Runtime.CompilerServices;

namespace Diplomacy.Model.Utility;

/// <summary>
/// A JSON path ("$.incident.statements[2].speaker") kept as its parts and turned into text only when
/// an error names it. Reading and the reference checks build one per value; formatting them all up front
/// allocated more than the values themselves, so <c>$"{path}.speaker"</c> and <c>$"{path}[{i}]"</c> build this instead of a string.
/// </summary>
[InterpolatedStringHandler]
internal sealed class JsonPath
{
    private readonly string? root;
    private JsonPath? parent;
    private string? head;
    private int index = -1;
    private string? tail;

    /// <summary>Used by the compiler for <c>$"{path}.member"</c>.</summary>
    public JsonPath(int literalLength, int formattedCount)
    {
    }

    private JsonPath(string root) => this.root = root;

    public static implicit operator JsonPath(string root) => new(root);

    public void AppendLiteral(string value)
    {
        if (index < 0)
        {
            head += value;
        }
        else
        {
            tail += value;
        }
    }

    public void AppendFormatted(JsonPath value)
    {
        if (parent is null && head is null && index < 0)
        {
            parent = value;
        }
        else
        {
            AppendLiteral(value.ToString());
        }
    }

    public void AppendFormatted(int value)
    {
        if (index < 0 && tail is null)
        {
            index = value;
        }
        else
        {
            AppendLiteral(value.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void AppendFormatted(string? value) => AppendLiteral(value ?? "");

    public override string ToString() =>
        root ?? string.Concat(parent?.ToString(), head, index < 0 ? null : index.ToString(CultureInfo.InvariantCulture), tail);
}
