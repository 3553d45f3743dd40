namespace Diplomacy.Model.Time;

/// <summary>
/// How precise a reported time is: the size of the span of days its words denote. A time is never
/// stored more precisely than the text allows ("late last week" is a part of a week, not a day).
/// </summary>
public enum TimePrecision
{
    /// <summary>A single day ("on Monday", "5 October 2023").</summary>
    Day,

    /// <summary>Part of a week ("late last week", "early this week").</summary>
    PartOfWeek,

    /// <summary>A whole week, Monday to Sunday ("last week").</summary>
    Week,

    /// <summary>Part of a month: its first, middle or last third ("early October").</summary>
    PartOfMonth,

    /// <summary>A whole month ("this month", "in February").</summary>
    Month,

    /// <summary>Part of a year: its first, middle or last third ("late 2023").</summary>
    PartOfYear,

    /// <summary>A whole year ("last year", "in 2023").</summary>
    Year,
}
