using System.Diagnostics.CodeAnalysis;
using Diplomacy.Model.Annotations;

namespace Diplomacy.Model.Interop;

/// <summary>The result of reading one line of a GDELT event export: the event, or the error that kept it from being read.</summary>
[Immutable]
public sealed record GdeltRow
{
    private GdeltRow(long lineNumber, GdeltEvent? gdeltEvent, GdeltRowError? error)
    {
        LineNumber = lineNumber;
        Event = gdeltEvent;
        Error = error;
    }

    /// <summary>The one-based line number in the input.</summary>
    public long LineNumber { get; }

    /// <summary>The event, when the line was read; otherwise null.</summary>
    public GdeltEvent? Event { get; }

    /// <summary>The error, when the line could not be read; otherwise null.</summary>
    public GdeltRowError? Error { get; }

    /// <summary>Whether the line was read.</summary>
    [MemberNotNullWhen(true, nameof(Event))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Event is not null;

    /// <summary>A line that was read.</summary>
    /// <param name="lineNumber">The one-based line number.</param>
    /// <param name="gdeltEvent">The event.</param>
    public static GdeltRow Valid(long lineNumber, GdeltEvent gdeltEvent) => new(lineNumber, Utility.Preconditions.CheckNotNull(gdeltEvent), null);

    /// <summary>A line that could not be read.</summary>
    /// <param name="error">Why.</param>
    public static GdeltRow Invalid(GdeltRowError error) => new(Utility.Preconditions.CheckNotNull(error).LineNumber, null, error);

    /// <summary>The event or the error.</summary>
    public override string ToString() => IsValid ? $"line {LineNumber}: {Event}" : Error.ToString();
}
