using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Time;

/// <summary>
/// The span of days that a reported time denotes once resolved, with its precision.
/// </summary>
[Immutable]
public sealed record TimeResolution
{
    /// <summary>Creates a resolution.</summary>
    /// <param name="interval">The days denoted, both ends inclusive.</param>
    /// <param name="precision">How precise the original words are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">A single-day precision is given for a longer interval.</exception>
    public TimeResolution(DateInterval interval, TimePrecision precision)
    {
        Interval = Preconditions.CheckNotNull(interval);
        Precision = Preconditions.CheckDefined(precision);
        Preconditions.CheckArgument(precision != TimePrecision.Day || interval.Start == interval.End, nameof(precision),
            $"Precision Day needs an interval of one day; {interval} has {interval.Length} days.");
    }

    /// <summary>The days denoted, both ends inclusive.</summary>
    public DateInterval Interval { get; }

    /// <summary>How precise the original words are.</summary>
    public TimePrecision Precision { get; }

    /// <summary>The interval and precision, for example <c>[2023-10-01, 2023-10-10] (PartOfMonth)</c>.</summary>
    public override string ToString() => $"{Interval} ({Precision})";
}
