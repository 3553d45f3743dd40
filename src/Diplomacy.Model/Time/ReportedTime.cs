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

    /// <summary>
    /// Resolves the source's words against <paramref name="anchor"/> (usually the publication date),
    /// with the rules of <see cref="ReportedTimeResolver"/>: "late last week" published on Wednesday
    /// 18 October 2023 is 12 to 15 October 2023, part of a week. Words that are not understood give
    /// an unresolved time that still records the anchor, so an analyst can resolve it later.
    /// </summary>
    /// <param name="words">The source's own words for the time, kept exactly as given.</param>
    /// <param name="anchor">The date the words are relative to.</param>
    /// <returns>The reported time, resolved if the words were understood.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="words"/> is empty or white space.</exception>
    public static ReportedTime Resolve(string words, LocalDate anchor)
    {
        Preconditions.CheckNotBlank(words);
        ReportedTimeResolver.TryResolve(words, anchor, out var resolution);
        return new ReportedTime(words, resolution, anchor);
    }

    /// <summary>
    /// Compares the days this time denotes with those of <paramref name="other"/>: whether two
    /// reports agree on when something happened, one is more specific than the other, or they
    /// contradict each other. Words and precision play no part, only the intervals.
    /// </summary>
    /// <param name="other">The time to compare with.</param>
    /// <returns>
    /// <see cref="TimeComparison.Unknown"/> if either time is unresolved; otherwise how this interval
    /// relates to the other's.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public TimeComparison CompareWith(ReportedTime other)
    {
        Preconditions.CheckNotNull(other);
        if (Resolution is null || other.Resolution is null)
        {
            return TimeComparison.Unknown;
        }
        var (mine, theirs) = (Resolution.Interval, other.Resolution.Interval);
        var containsTheirs = mine.Start <= theirs.Start && theirs.End <= mine.End;
        var withinTheirs = theirs.Start <= mine.Start && mine.End <= theirs.End;
        return (containsTheirs, withinTheirs) switch
        {
            (true, true) => TimeComparison.Same,
            (true, false) => TimeComparison.Contains,
            (false, true) => TimeComparison.Within,
            _ => mine.Start <= theirs.End && theirs.Start <= mine.End ? TimeComparison.Overlap : TimeComparison.Disjoint,
        };
    }

    /// <summary>The words, and the interval when resolved: <c>late last week = [..] (PartOfWeek)</c>.</summary>
    public override string ToString() => Resolution is null ? $"\"{Words}\" (unresolved)" : $"\"{Words}\" = {Resolution}";
}
