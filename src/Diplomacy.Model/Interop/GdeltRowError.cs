using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>Why a line of a GDELT event export could not be read: its line number, the column at fault if one is, and the problem.</summary>
[Immutable]
public sealed record GdeltRowError
{
    /// <summary>Creates an error.</summary>
    /// <param name="lineNumber">The one-based line number in the input.</param>
    /// <param name="column">The codebook name of the column at fault (<c>SQLDATE</c>), or null for a problem with the whole row.</param>
    /// <param name="message">What is wrong.</param>
    public GdeltRowError(long lineNumber, string? column, string message)
    {
        Preconditions.CheckArgument(lineNumber >= 1, nameof(lineNumber), $"Line numbers start at 1; got {lineNumber}.");
        LineNumber = lineNumber;
        Column = Preconditions.CheckNullOrNotBlank(column);
        Message = Preconditions.CheckNotBlank(message);
    }

    /// <summary>The one-based line number.</summary>
    public long LineNumber { get; }

    /// <summary>The column at fault, or null.</summary>
    public string? Column { get; }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>For example <c>line 4, SQLDATE: '2016-10-10' is not a date YYYYMMDD</c>.</summary>
    public override string ToString() => Column is null ? $"line {LineNumber}: {Message}" : $"line {LineNumber}, {Column}: {Message}";
}
