namespace Diplomacy.Model.Events;

/// <summary>Whether an event has happened, as the source reports it.</summary>
public enum EventStatus
{
    /// <summary>It happened.</summary>
    Occurred,

    /// <summary>It is going on.</summary>
    Ongoing,

    /// <summary>It is planned.</summary>
    Planned,

    /// <summary>It is expected or likely ("the standoff looks set to continue").</summary>
    Expected,

    /// <summary>It was cancelled.</summary>
    Cancelled,

    /// <summary>It was postponed.</summary>
    Postponed,
}
