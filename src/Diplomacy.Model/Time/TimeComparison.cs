namespace Diplomacy.Model.Time;

/// <summary>
/// How two reported times relate, judged only by the intervals of days they denote. Used to decide
/// whether two reports of the same event agree on when it happened, with one merely more specific
/// than the other, or contradict each other.
/// </summary>
public enum TimeComparison
{
    /// <summary>
    /// At least one of the times is unresolved, so nothing can be said: neither agreement nor
    /// contradiction. An unresolved time never counts as a conflict.
    /// </summary>
    Unknown,

    /// <summary>Both times denote exactly the same days (whatever their words or precision).</summary>
    Same,

    /// <summary>
    /// This time strictly contains the other: the other report is more specific and compatible with
    /// this one ("last week" against "on Thursday" within that week).
    /// </summary>
    Contains,

    /// <summary>
    /// This time lies strictly inside the other: this report is the more specific one and compatible
    /// with the other ("on Thursday" against "last week").
    /// </summary>
    Within,

    /// <summary>
    /// The times share some days, but neither contains the other ("late last week" against "the
    /// weekend"): they may both be right, and the event then falls in the shared days.
    /// </summary>
    Overlap,

    /// <summary>
    /// The times have no day in common: the two reports cannot both be right about when the event
    /// happened (or they describe different events).
    /// </summary>
    Disjoint,
}
