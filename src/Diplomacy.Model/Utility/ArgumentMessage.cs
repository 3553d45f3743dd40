using System.Runtime.CompilerServices;

namespace Diplomacy.Model.Utility;

/// <summary>
/// The message of <see cref="Preconditions.CheckArgument(bool, string, ref ArgumentMessage)"/>, formatted only
/// when the check fails. Ids, spans and relations are built by the hundred thousand when a large
/// incident is read; formatting their messages on success allocated more than the ids themselves.
/// </summary>
[InterpolatedStringHandler]
internal ref struct ArgumentMessage
{
    private DefaultInterpolatedStringHandler text;

    public ArgumentMessage(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
    {
        shouldAppend = !expression;
        text = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    public void AppendLiteral(string value) => text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => text.AppendFormatted(value);

    internal string ToStringAndClear() => text.ToStringAndClear();
}
