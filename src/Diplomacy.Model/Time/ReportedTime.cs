using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Time;

/// <summary>
/// A time as a source reports it: the original words ("late last week", "early October", "on
/// Monday"), and, when they could be resolved against an anchor date (usually the source's
/// publication date), the interval they denote with its precision. Without an anchor, or with words
/// the resolver does not understand, the time stays unresolved: comparing it gives
/// "unknown", never a contradiction.
/// </summary>
[Immutable]
public sealed record ReportedTime
{
    /// <summary>Creates a reported time.</summary>
    /// <param name="words">The source's own words for the time.</param>
    /// <param name="resolution">The interval denoted, if known.</param>
    /// <param name="anchor">The date the words were resolved against (for "last week" and the like), if any.</param>
    /// <exception cref="ArgumentException"><paramref name="words"/> is blank.</exception>
    public ReportedTime(string words, TimeResolution? resolution = null, LocalDate? anchor = null)
    {
        Words = Preconditions.CheckNotBlank(words);
        Resolution = resolution;
        Anchor = anchor;
    }

    /// <summary>The source's own words for the time.</summary>
    public string Words { get; }

    /// <summary>The interval denoted, or null if unresolved.</summary>
    public TimeResolution? Resolution { get; }

    /// <summary>The date the words were resolved against, or null.</summary>
    public LocalDate? Anchor { get; }

    /// <summary>Whether the interval is known.</summary>
    public bool IsResolved => Resolution is not null;

    /// <summary>A time the analyst could not (or chose not to) resolve.</summary>
    /// <param name="words">The source's words.</param>
    public static ReportedTime Unresolved(string words) => new(words);

    /// <summary>A time given as an exact day in the source ("on 5 October 2023").</summary>
    /// <param name="words">The source's words.</param>
    /// <param name="date">The day.</param>
    public static ReportedTime OnDay(string words, LocalDate date) =>
        new(words, new TimeResolution(new DateInterval(date, date), TimePrecision.Day));

    /// <summary>The words, and the interval when resolved: <c>late last week = [..] (PartOfWeek)</c>.</summary>
    public override string ToString() => Resolution is null ? $"\"{Words}\" (unresolved)" : $"\"{Words}\" = {Resolution}";
}
