using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Diplomacy.Model.Utility;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Model.Time;

/// <summary>
/// Resolves the common English expressions of time found in news reports against an anchor date
/// (usually the publication date) into the interval of days they denote, never more precise than
/// the words.
/// </summary>
/// <remarks>
/// <para>
/// Matching ignores case, surrounding white space, trailing punctuation (". , ; : ! ?"), commas
/// and full stops inside the words ("Oct. 5, 2023"), and one leading "on", "in", "during", "over"
/// or "at". "since" is deliberately not accepted: "since Monday" denotes an open span up to the
/// report, not the day itself, so such words stay unresolved. Weeks are ISO weeks, Monday to
/// Sunday. Where words without a year or a "last"/"next" could point either way, they are read as
/// the past, as news mostly report what has happened.
/// </para>
/// <list type="bullet">
/// <item>"today", "yesterday", "tomorrow": the anchor, the day before, the day after (Day).</item>
/// <item>"Monday", "on Monday": the most recent Monday on or before the anchor; "last Monday": the
/// most recent Monday strictly before the anchor; "next Monday": the first Monday after the anchor
/// (Day).</item>
/// <item>"this week", "last week", "next week": the ISO week of the anchor, the one before, the one
/// after (Week). "this month", "last month", "next month" (Month). "this year", "last year",
/// "next year" (Year).</item>
/// <item>"this weekend", "last weekend", "next weekend": Saturday and Sunday of that ISO week;
/// "the weekend" ("over the weekend"): the most recent Saturday on or before the anchor and the
/// Sunday after it (PartOfWeek).</item>
/// <item>A month name, full or abbreviated ("February", "in Feb", "Sept"), optionally with a year
/// ("October 2023"): without a year, the most recent such month starting on or before the anchor,
/// so the anchor's own month when the anchor is in it (Month).</item>
/// <item>A year of four digits ("2023", "in 2023") (Year).</item>
/// <item>A qualifier before a week, month or year ("early", "mid", "late", written apart or with a
/// hyphen as in "mid-October"; or "the beginning of", "the start of", "the middle of", "the end of"):
/// for a week, early = Monday to Wednesday, mid = Tuesday to Thursday, late = Thursday to Sunday
/// (PartOfWeek); for a month, days 1–10, 11–20, 21 to the end (PartOfMonth); for a year, January to
/// April, May to August, September to December (PartOfYear).</item>
/// <item>"earlier this week/month/year": from the start of that period to the day before the
/// anchor; "later this week/month/year": from the day after the anchor to the end of the period
/// (the part-of precision). Unresolved when no such day exists.</item>
/// <item>An explicit date: "5 October", "5th Oct", "the 5th of October", "October 5", "5 October
/// 2023", "October 5, 2023", or ISO "2023-10-05" (Day). Without a year, the most recent such date
/// on or before the anchor. An impossible date ("30 February") stays unresolved.</item>
/// <item>"N days ago" (Day: the anchor minus N days), "N weeks ago" (Week: the ISO week containing
/// the anchor minus 7N days), "N months ago" (Month), "N years ago" (Year), where N is 1 to 999 in
/// digits, or "a", "an", or a number word from "one" to "ten".</item>
/// </list>
/// <para>Anything else is not understood and stays unresolved.</para>
/// </remarks>
public static class ReportedTimeResolver
{
    // Number words used with "ago"; larger counts are written in digits in news style.
    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10,
        ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, IsoDayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = IsoDayOfWeek.Monday, ["tuesday"] = IsoDayOfWeek.Tuesday,
        ["wednesday"] = IsoDayOfWeek.Wednesday, ["thursday"] = IsoDayOfWeek.Thursday,
        ["friday"] = IsoDayOfWeek.Friday, ["saturday"] = IsoDayOfWeek.Saturday,
        ["sunday"] = IsoDayOfWeek.Sunday,
    };

    private static readonly string[] LeadingPrepositions = ["on", "in", "during", "over", "at"];

    // Punctuation separates words like white space does: "October 5, 2023." and "Oct. 5" both read.
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '.', ',', ';', ':', '!', '?'];

    private static readonly string[] HyphenatedQualifiers = ["early", "mid", "late"];

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    /// <summary>
    /// Tries to resolve <paramref name="words"/> against <paramref name="anchor"/>, following the
    /// rules described on <see cref="ReportedTimeResolver"/>.
    /// </summary>
    /// <param name="words">The source's words for the time ("late last week").</param>
    /// <param name="anchor">The date the words are relative to, usually the publication date.</param>
    /// <param name="resolution">The interval denoted and its precision, or null if the words are not understood.</param>
    /// <returns>Whether the words were understood. Blank words are never understood.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public static bool TryResolve(string words, LocalDate anchor, [NotNullWhen(true)] out TimeResolution? resolution)
    {
        Preconditions.CheckNotNull(words);
        try
        {
            resolution = Resolve(Tokenize(words), anchor);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // Words naming a day beyond the ISO calendar's range ("next year" in 9999) cannot be resolved.
            resolution = null;
        }
        return resolution is not null;
    }

    /// <summary>Lower-cased words without punctuation, with "mid-October" split into "mid" "october".</summary>
    private static List<string> Tokenize(string words)
    {
        var tokens = new List<string>();
        foreach (var raw in words.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var split = false;
            foreach (var qualifier in HyphenatedQualifiers)
            {
                if (raw.Length > qualifier.Length + 1 && raw.StartsWith(qualifier + "-", StringComparison.Ordinal))
                {
                    tokens.Add(qualifier);
                    tokens.Add(raw[(qualifier.Length + 1)..]);
                    split = true;
                    break;
                }
            }
            if (!split)
            {
                tokens.Add(raw);
            }
        }
        return tokens;
    }

    private static TimeResolution? Resolve(List<string> tokens, LocalDate anchor)
    {
        if (tokens.Count == 0)
        {
            return null;
        }
        if (tokens.Count > 1 && LeadingPrepositions.Contains(tokens[0]))
        {
            tokens.RemoveAt(0);
        }
        var (qualifier, length) = ReadQualifier(tokens);
        var body = tokens.Skip(length).ToArray();
        if (body.Length == 0)
        {
            return null;
        }
        if (qualifier == Qualifier.None)
        {
            return ResolveDay(body, anchor) ?? ResolveWeekend(body, anchor) ?? ResolveAgo(body, anchor)
                ?? Whole(ResolvePeriod(body, anchor));
        }
        if (qualifier is Qualifier.Earlier or Qualifier.Later)
        {
            // Only "this" periods contain the anchor, so only they have an earlier or later part.
            return body[0] == "this" ? RestOfPeriod(ResolvePeriod(body, anchor), anchor, qualifier) : null;
        }
        return Part(ResolvePeriod(body, anchor), qualifier);
    }

    private static (Qualifier Qualifier, int Length) ReadQualifier(List<string> tokens)
    {
        switch (tokens[0])
        {
            case "early":
                return (Qualifier.Early, 1);
            case "mid":
                return (Qualifier.Mid, 1);
            case "late":
                return (Qualifier.Late, 1);
            case "earlier":
                return (Qualifier.Earlier, 1);
            case "later":
                return (Qualifier.Later, 1);
        }
        if (tokens.Count >= 3 && tokens[0] == "the" && tokens[2] == "of")
        {
            switch (tokens[1])
            {
                case "beginning" or "start":
                    return (Qualifier.Early, 3);
                case "middle":
                    return (Qualifier.Mid, 3);
                case "end":
                    return (Qualifier.Late, 3);
            }
        }
        return (Qualifier.None, 0);
    }

    /// <summary>Forms that denote a single day: relative days, weekdays and explicit dates.</summary>
    private static TimeResolution? ResolveDay(string[] body, LocalDate anchor)
    {
        LocalDate? day = body switch
        {
            ["today"] => anchor,
            ["yesterday"] => anchor.PlusDays(-1),
            ["tomorrow"] => anchor.PlusDays(1),
            [var weekday] when Weekdays.TryGetValue(weekday, out var dayOfWeek) =>
                anchor.With(DateAdjusters.PreviousOrSame(dayOfWeek)),
            ["last", var weekday] when Weekdays.TryGetValue(weekday, out var dayOfWeek) => anchor.Previous(dayOfWeek),
            ["next", var weekday] when Weekdays.TryGetValue(weekday, out var dayOfWeek) => anchor.Next(dayOfWeek),
            [var iso] when iso.Length == 10 && LocalDatePattern.Iso.Parse(iso) is { Success: true } result => result.Value,
            _ => ResolveExplicitDate(body, anchor),
        };
        return day is { } d ? new TimeResolution(new DateInterval(d, d), TimePrecision.Day) : null;
    }

    private static LocalDate? ResolveExplicitDate(string[] body, LocalDate anchor)
    {
        // "the 5th of October 2023" reads as "5th October 2023".
        if (body.Length >= 4 && body[0] == "the" && body[2] == "of")
        {
            body = [body[1], .. body[3..]];
        }
        int day, month;
        int? year = null;
        switch (body)
        {
            case [var d, var m, ..] when TryDay(d, out day) && Months.TryGetValue(m, out month):
                break;
            case [var m, var d, ..] when Months.TryGetValue(m, out month) && TryDay(d, out day):
                break;
            default:
                return null;
        }
        if (body.Length == 3)
        {
            if (!TryYear(body[2], out var y))
            {
                return null;
            }
            year = y;
        }
        else if (body.Length > 3)
        {
            return null;
        }

        if (year is { } explicitYear)
        {
            return IsValidDate(explicitYear, month, day) ? new LocalDate(explicitYear, month, day) : null;
        }
        // The most recent such date on or before the anchor; 29 February may be up to 8 years back.
        for (var candidateYear = anchor.Year; candidateYear > anchor.Year - 9; candidateYear--)
        {
            if (IsValidDate(candidateYear, month, day) && new LocalDate(candidateYear, month, day) <= anchor)
            {
                return new LocalDate(candidateYear, month, day);
            }
        }
        return null;
    }

    private static TimeResolution? ResolveWeekend(string[] body, LocalDate anchor)
    {
        LocalDate? saturday = body switch
        {
            ["the", "weekend"] => anchor.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Saturday)),
            ["this", "weekend"] => WeekStart(anchor).PlusDays(5),
            ["last", "weekend"] => WeekStart(anchor).PlusDays(-2),
            ["next", "weekend"] => WeekStart(anchor).PlusDays(12),
            _ => null,
        };
        return saturday is { } s ? new TimeResolution(new DateInterval(s, s.PlusDays(1)), TimePrecision.PartOfWeek) : null;
    }

    private static TimeResolution? ResolveAgo(string[] body, LocalDate anchor)
    {
        if (body is not [var count, var unit, "ago"] || !TryCount(count, out var n))
        {
            return null;
        }
        return unit switch
        {
            "day" or "days" => new TimeResolution(new DateInterval(anchor.PlusDays(-n), anchor.PlusDays(-n)), TimePrecision.Day),
            "week" or "weeks" => Whole(new Period(WeekStart(anchor.PlusDays(-7 * n)), Unit.Week)),
            "month" or "months" => Whole(new Period(MonthStart(anchor.PlusMonths(-n)), Unit.Month)),
            "year" or "years" => Whole(new Period(new LocalDate(anchor.Year - n, 1, 1), Unit.Year)),
            _ => null,
        };
    }

    /// <summary>Forms that denote a whole week, month or year, which a qualifier can narrow.</summary>
    private static Period? ResolvePeriod(string[] body, LocalDate anchor)
    {
        switch (body)
        {
            case [var relative, var unit] when RelativeOffset(relative) is { } offset:
                return unit switch
                {
                    "week" => new Period(WeekStart(anchor).PlusWeeks(offset), Unit.Week),
                    "month" => new Period(MonthStart(anchor).PlusMonths(offset), Unit.Month),
                    "year" => new Period(new LocalDate(anchor.Year + offset, 1, 1), Unit.Year),
                    _ => null,
                };
            case [var name] when Months.TryGetValue(name, out var month):
                // The most recent such month starting on or before the anchor (its own month included).
                return new Period(new LocalDate(month <= anchor.Month ? anchor.Year : anchor.Year - 1, month, 1), Unit.Month);
            case [var name, var y] when Months.TryGetValue(name, out var month) && TryYear(y, out var year):
                return new Period(new LocalDate(year, month, 1), Unit.Month);
            case [var y] when TryYear(y, out var year):
                return new Period(new LocalDate(year, 1, 1), Unit.Year);
            default:
                return null;
        }
    }

    private static int? RelativeOffset(string word) => word switch
    {
        "this" => 0,
        "last" => -1,
        "next" => 1,
        _ => null,
    };

    private static TimeResolution? Whole(Period? period) => period is { } p
        ? new TimeResolution(new DateInterval(p.Start, p.End), p.Unit switch
        {
            Unit.Week => TimePrecision.Week,
            Unit.Month => TimePrecision.Month,
            _ => TimePrecision.Year,
        })
        : null;

    private static TimeResolution? Part(Period? period, Qualifier qualifier)
    {
        if (period is not { } p)
        {
            return null;
        }
        var (start, end) = (p.Unit, qualifier) switch
        {
            (Unit.Week, Qualifier.Early) => (p.Start, p.Start.PlusDays(2)),
            (Unit.Week, Qualifier.Mid) => (p.Start.PlusDays(1), p.Start.PlusDays(3)),
            (Unit.Week, _) => (p.Start.PlusDays(3), p.End),
            (Unit.Month, Qualifier.Early) => (p.Start, p.Start.PlusDays(9)),
            (Unit.Month, Qualifier.Mid) => (p.Start.PlusDays(10), p.Start.PlusDays(19)),
            (Unit.Month, _) => (p.Start.PlusDays(20), p.End),
            (_, Qualifier.Early) => (p.Start, new LocalDate(p.Start.Year, 4, 30)),
            (_, Qualifier.Mid) => (new LocalDate(p.Start.Year, 5, 1), new LocalDate(p.Start.Year, 8, 31)),
            _ => (new LocalDate(p.Start.Year, 9, 1), p.End),
        };
        return new TimeResolution(new DateInterval(start, end), PartPrecision(p.Unit));
    }

    private static TimeResolution? RestOfPeriod(Period? period, LocalDate anchor, Qualifier qualifier)
    {
        if (period is not { } p)
        {
            return null;
        }
        var (start, end) = qualifier == Qualifier.Earlier ? (p.Start, anchor.PlusDays(-1)) : (anchor.PlusDays(1), p.End);
        // "earlier this week" said on a Monday leaves no day to denote.
        return start <= end ? new TimeResolution(new DateInterval(start, end), PartPrecision(p.Unit)) : null;
    }

    private static TimePrecision PartPrecision(Unit unit) => unit switch
    {
        Unit.Week => TimePrecision.PartOfWeek,
        Unit.Month => TimePrecision.PartOfMonth,
        _ => TimePrecision.PartOfYear,
    };

    private static LocalDate WeekStart(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static LocalDate MonthStart(LocalDate date) => new(date.Year, date.Month, 1);

    private static bool IsValidDate(int year, int month, int day) =>
        day <= CalendarSystem.Iso.GetDaysInMonth(year, month);

    /// <summary>A day of the month, 1 to 31, optionally with an ordinal suffix ("5th").</summary>
    private static bool TryDay(string token, out int day)
    {
        foreach (var suffix in OrdinalSuffixes)
        {
            if (token.EndsWith(suffix, StringComparison.Ordinal))
            {
                token = token[..^suffix.Length];
                break;
            }
        }
        return TryDigits(token, 2, out day) && day is >= 1 and <= 31;
    }

    /// <summary>A year written with four digits; shorter numbers are more likely days or counts.</summary>
    private static bool TryYear(string token, out int year) =>
        TryDigits(token, 4, out year) && token.Length == 4 && year >= 1000;

    private static bool TryCount(string token, out int count)
    {
        if (NumberWords.TryGetValue(token, out count))
        {
            return true;
        }
        return TryDigits(token, 3, out count) && count >= 1;
    }

    private static bool TryDigits(string token, int maxLength, out int value)
    {
        value = 0;
        return token.Length >= 1 && token.Length <= maxLength
            && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A week (starting Monday), month (starting on the 1st) or year (starting 1 January).</summary>
    private readonly record struct Period(LocalDate Start, Unit Unit)
    {
        public LocalDate End => Unit switch
        {
            Unit.Week => Start.PlusDays(6),
            Unit.Month => Start.PlusMonths(1).PlusDays(-1),
            _ => new LocalDate(Start.Year, 12, 31),
        };
    }

    private enum Unit
    {
        Week,
        Month,
        Year,
    }

    private enum Qualifier
    {
        None,
        Early,
        Mid,
        Late,
        Earlier,
        Later,
    }
}
