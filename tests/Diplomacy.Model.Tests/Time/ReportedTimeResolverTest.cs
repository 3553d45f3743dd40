using Diplomacy.Model.Time;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Model.Tests.Time;

public class ReportedTimeResolverTest
{
    // Anchors used throughout: 2023-10-18 is a Wednesday, 2023-10-16 a Monday, 2024-01-03 a
    // Wednesday in the first ISO week of 2024 (Monday 2024-01-01), 2024 is a leap year.

    [Theory]
    // Relative days.
    [InlineData("today", "2023-10-18", "2023-10-18", "2023-10-18", TimePrecision.Day)]
    [InlineData("yesterday", "2023-10-18", "2023-10-17", "2023-10-17", TimePrecision.Day)]
    [InlineData("tomorrow", "2023-10-18", "2023-10-19", "2023-10-19", TimePrecision.Day)]
    [InlineData("yesterday", "2024-01-01", "2023-12-31", "2023-12-31", TimePrecision.Day)]
    [InlineData("tomorrow", "2023-12-31", "2024-01-01", "2024-01-01", TimePrecision.Day)]
    // Weekdays: bare or "on" = on or before the anchor; "last" = strictly before; "next" = strictly after.
    [InlineData("on Monday", "2023-10-18", "2023-10-16", "2023-10-16", TimePrecision.Day)]
    [InlineData("Monday", "2023-10-18", "2023-10-16", "2023-10-16", TimePrecision.Day)]
    [InlineData("last Monday", "2023-10-18", "2023-10-16", "2023-10-16", TimePrecision.Day)]
    [InlineData("on Wednesday", "2023-10-18", "2023-10-18", "2023-10-18", TimePrecision.Day)]
    [InlineData("last Wednesday", "2023-10-18", "2023-10-11", "2023-10-11", TimePrecision.Day)]
    [InlineData("Thursday", "2023-10-18", "2023-10-12", "2023-10-12", TimePrecision.Day)]
    [InlineData("on Sunday", "2023-10-18", "2023-10-15", "2023-10-15", TimePrecision.Day)]
    [InlineData("next Monday", "2023-10-18", "2023-10-23", "2023-10-23", TimePrecision.Day)]
    [InlineData("next Wednesday", "2023-10-18", "2023-10-25", "2023-10-25", TimePrecision.Day)]
    [InlineData("on Monday", "2023-10-16", "2023-10-16", "2023-10-16", TimePrecision.Day)]
    [InlineData("Monday", "2023-10-16", "2023-10-16", "2023-10-16", TimePrecision.Day)]
    [InlineData("last Monday", "2023-10-16", "2023-10-09", "2023-10-09", TimePrecision.Day)]
    [InlineData("next Monday", "2023-10-16", "2023-10-23", "2023-10-23", TimePrecision.Day)]
    [InlineData("on Friday", "2024-01-03", "2023-12-29", "2023-12-29", TimePrecision.Day)]
    // ISO weeks, Monday to Sunday.
    [InlineData("this week", "2023-10-18", "2023-10-16", "2023-10-22", TimePrecision.Week)]
    [InlineData("last week", "2023-10-18", "2023-10-09", "2023-10-15", TimePrecision.Week)]
    [InlineData("next week", "2023-10-18", "2023-10-23", "2023-10-29", TimePrecision.Week)]
    [InlineData("last week", "2024-01-03", "2023-12-25", "2023-12-31", TimePrecision.Week)]
    [InlineData("this week", "2023-01-01", "2022-12-26", "2023-01-01", TimePrecision.Week)]
    [InlineData("this week", "2023-10-16", "2023-10-16", "2023-10-22", TimePrecision.Week)]
    // Parts of weeks: early = Mon-Wed, mid = Tue-Thu, late = Thu-Sun.
    [InlineData("early this week", "2023-10-18", "2023-10-16", "2023-10-18", TimePrecision.PartOfWeek)]
    [InlineData("early last week", "2023-10-18", "2023-10-09", "2023-10-11", TimePrecision.PartOfWeek)]
    [InlineData("mid last week", "2023-10-18", "2023-10-10", "2023-10-12", TimePrecision.PartOfWeek)]
    [InlineData("late last week", "2023-10-18", "2023-10-12", "2023-10-15", TimePrecision.PartOfWeek)]
    [InlineData("early next week", "2023-10-18", "2023-10-23", "2023-10-25", TimePrecision.PartOfWeek)]
    [InlineData("late next week", "2023-10-18", "2023-10-26", "2023-10-29", TimePrecision.PartOfWeek)]
    [InlineData("the end of last week", "2023-10-18", "2023-10-12", "2023-10-15", TimePrecision.PartOfWeek)]
    [InlineData("at the beginning of next week", "2023-10-18", "2023-10-23", "2023-10-25", TimePrecision.PartOfWeek)]
    [InlineData("the middle of this week", "2023-10-18", "2023-10-17", "2023-10-19", TimePrecision.PartOfWeek)]
    [InlineData("late last week", "2024-01-03", "2023-12-28", "2023-12-31", TimePrecision.PartOfWeek)]
    [InlineData("earlier this week", "2023-10-18", "2023-10-16", "2023-10-17", TimePrecision.PartOfWeek)]
    [InlineData("later this week", "2023-10-18", "2023-10-19", "2023-10-22", TimePrecision.PartOfWeek)]
    // Weekends.
    [InlineData("this weekend", "2023-10-18", "2023-10-21", "2023-10-22", TimePrecision.PartOfWeek)]
    [InlineData("last weekend", "2023-10-18", "2023-10-14", "2023-10-15", TimePrecision.PartOfWeek)]
    [InlineData("next weekend", "2023-10-18", "2023-10-28", "2023-10-29", TimePrecision.PartOfWeek)]
    [InlineData("over the weekend", "2023-10-18", "2023-10-14", "2023-10-15", TimePrecision.PartOfWeek)]
    [InlineData("over the weekend", "2023-10-22", "2023-10-21", "2023-10-22", TimePrecision.PartOfWeek)]
    // Months.
    [InlineData("this month", "2023-10-18", "2023-10-01", "2023-10-31", TimePrecision.Month)]
    [InlineData("last month", "2023-10-18", "2023-09-01", "2023-09-30", TimePrecision.Month)]
    [InlineData("next month", "2023-10-18", "2023-11-01", "2023-11-30", TimePrecision.Month)]
    [InlineData("last month", "2024-01-03", "2023-12-01", "2023-12-31", TimePrecision.Month)]
    [InlineData("last month", "2024-03-05", "2024-02-01", "2024-02-29", TimePrecision.Month)]
    [InlineData("early this month", "2023-10-18", "2023-10-01", "2023-10-10", TimePrecision.PartOfMonth)]
    [InlineData("mid last month", "2023-10-18", "2023-09-11", "2023-09-20", TimePrecision.PartOfMonth)]
    [InlineData("late last month", "2023-10-18", "2023-09-21", "2023-09-30", TimePrecision.PartOfMonth)]
    [InlineData("late next month", "2023-10-18", "2023-11-21", "2023-11-30", TimePrecision.PartOfMonth)]
    [InlineData("earlier this month", "2023-10-18", "2023-10-01", "2023-10-17", TimePrecision.PartOfMonth)]
    [InlineData("later this month", "2023-10-18", "2023-10-19", "2023-10-31", TimePrecision.PartOfMonth)]
    // Month names: the most recent such month starting on or before the anchor.
    [InlineData("in February", "2023-10-18", "2023-02-01", "2023-02-28", TimePrecision.Month)]
    [InlineData("October", "2023-10-18", "2023-10-01", "2023-10-31", TimePrecision.Month)]
    [InlineData("in November", "2023-10-18", "2022-11-01", "2022-11-30", TimePrecision.Month)]
    [InlineData("in Sept", "2023-10-18", "2023-09-01", "2023-09-30", TimePrecision.Month)]
    [InlineData("in May", "2023-10-18", "2023-05-01", "2023-05-31", TimePrecision.Month)]
    [InlineData("in December", "2024-01-10", "2023-12-01", "2023-12-31", TimePrecision.Month)]
    [InlineData("in February", "2024-01-10", "2023-02-01", "2023-02-28", TimePrecision.Month)]
    [InlineData("in February", "2024-03-05", "2024-02-01", "2024-02-29", TimePrecision.Month)]
    [InlineData("in February", "2024-02-10", "2024-02-01", "2024-02-29", TimePrecision.Month)]
    [InlineData("in January", "2024-01-01", "2024-01-01", "2024-01-31", TimePrecision.Month)]
    [InlineData("October 2023", "2024-05-01", "2023-10-01", "2023-10-31", TimePrecision.Month)]
    [InlineData("in February 2024", "2023-10-18", "2024-02-01", "2024-02-29", TimePrecision.Month)]
    [InlineData("early October", "2023-10-18", "2023-10-01", "2023-10-10", TimePrecision.PartOfMonth)]
    [InlineData("mid-October", "2023-10-18", "2023-10-11", "2023-10-20", TimePrecision.PartOfMonth)]
    [InlineData("mid October", "2023-10-18", "2023-10-11", "2023-10-20", TimePrecision.PartOfMonth)]
    [InlineData("late October 2023", "2024-05-01", "2023-10-21", "2023-10-31", TimePrecision.PartOfMonth)]
    [InlineData("late-October", "2023-10-18", "2023-10-21", "2023-10-31", TimePrecision.PartOfMonth)]
    [InlineData("in late Dec", "2023-10-18", "2022-12-21", "2022-12-31", TimePrecision.PartOfMonth)]
    [InlineData("the end of October", "2023-10-18", "2023-10-21", "2023-10-31", TimePrecision.PartOfMonth)]
    [InlineData("mid-Feb 2024", "2023-10-18", "2024-02-11", "2024-02-20", TimePrecision.PartOfMonth)]
    [InlineData("late February", "2024-03-05", "2024-02-21", "2024-02-29", TimePrecision.PartOfMonth)]
    [InlineData("late February", "2023-03-05", "2023-02-21", "2023-02-28", TimePrecision.PartOfMonth)]
    // Explicit dates: without a year, the most recent such date on or before the anchor.
    [InlineData("5 October", "2023-10-18", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("on 5 October", "2023-10-18", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("October 5", "2023-10-18", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("5 October 2023", "2024-05-01", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("October 5, 2023", "2024-05-01", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("on Oct. 5, 2023.", "2024-05-01", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("2023-10-05", "2024-05-01", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("on 2023-10-05", "2024-05-01", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("5th Oct", "2023-10-18", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("the 5th of October", "2023-10-18", "2023-10-05", "2023-10-05", TimePrecision.Day)]
    [InlineData("on 18 October", "2023-10-18", "2023-10-18", "2023-10-18", TimePrecision.Day)]
    [InlineData("19 October", "2023-10-18", "2022-10-19", "2022-10-19", TimePrecision.Day)]
    [InlineData("31 December", "2024-01-03", "2023-12-31", "2023-12-31", TimePrecision.Day)]
    [InlineData("29 February", "2023-10-18", "2020-02-29", "2020-02-29", TimePrecision.Day)]
    [InlineData("Feb 29, 2024", "2023-10-18", "2024-02-29", "2024-02-29", TimePrecision.Day)]
    [InlineData("2024-02-29", "2024-03-01", "2024-02-29", "2024-02-29", TimePrecision.Day)]
    // Years; parts are Jan-Apr, May-Aug, Sep-Dec.
    [InlineData("this year", "2023-10-18", "2023-01-01", "2023-12-31", TimePrecision.Year)]
    [InlineData("last year", "2023-10-18", "2022-01-01", "2022-12-31", TimePrecision.Year)]
    [InlineData("next year", "2023-10-18", "2024-01-01", "2024-12-31", TimePrecision.Year)]
    [InlineData("last year", "2024-01-03", "2023-01-01", "2023-12-31", TimePrecision.Year)]
    [InlineData("in 2023", "2024-05-01", "2023-01-01", "2023-12-31", TimePrecision.Year)]
    [InlineData("2021", "2023-10-18", "2021-01-01", "2021-12-31", TimePrecision.Year)]
    [InlineData("early 2023", "2024-05-01", "2023-01-01", "2023-04-30", TimePrecision.PartOfYear)]
    [InlineData("mid-2023", "2024-05-01", "2023-05-01", "2023-08-31", TimePrecision.PartOfYear)]
    [InlineData("late 2023", "2024-05-01", "2023-09-01", "2023-12-31", TimePrecision.PartOfYear)]
    [InlineData("in late 2023", "2024-05-01", "2023-09-01", "2023-12-31", TimePrecision.PartOfYear)]
    [InlineData("early this year", "2023-10-18", "2023-01-01", "2023-04-30", TimePrecision.PartOfYear)]
    [InlineData("late last year", "2023-10-18", "2022-09-01", "2022-12-31", TimePrecision.PartOfYear)]
    [InlineData("the end of last year", "2023-10-18", "2022-09-01", "2022-12-31", TimePrecision.PartOfYear)]
    [InlineData("earlier this year", "2023-10-18", "2023-01-01", "2023-10-17", TimePrecision.PartOfYear)]
    // "ago": days give a day; weeks give the ISO week containing anchor - 7N days.
    [InlineData("3 days ago", "2023-10-18", "2023-10-15", "2023-10-15", TimePrecision.Day)]
    [InlineData("three days ago", "2023-10-18", "2023-10-15", "2023-10-15", TimePrecision.Day)]
    [InlineData("ten days ago", "2023-10-18", "2023-10-08", "2023-10-08", TimePrecision.Day)]
    [InlineData("a day ago", "2023-10-18", "2023-10-17", "2023-10-17", TimePrecision.Day)]
    [InlineData("20 days ago", "2024-01-03", "2023-12-14", "2023-12-14", TimePrecision.Day)]
    [InlineData("2 weeks ago", "2023-10-18", "2023-10-02", "2023-10-08", TimePrecision.Week)]
    [InlineData("one week ago", "2023-10-18", "2023-10-09", "2023-10-15", TimePrecision.Week)]
    [InlineData("a week ago", "2023-10-18", "2023-10-09", "2023-10-15", TimePrecision.Week)]
    [InlineData("two weeks ago", "2024-01-03", "2023-12-18", "2023-12-24", TimePrecision.Week)]
    [InlineData("two months ago", "2023-10-18", "2023-08-01", "2023-08-31", TimePrecision.Month)]
    [InlineData("5 years ago", "2023-10-18", "2018-01-01", "2018-12-31", TimePrecision.Year)]
    // Case, white space, leading prepositions and trailing punctuation.
    [InlineData("  LATE LAST WEEK.  ", "2023-10-18", "2023-10-12", "2023-10-15", TimePrecision.PartOfWeek)]
    [InlineData("In February,", "2023-10-18", "2023-02-01", "2023-02-28", TimePrecision.Month)]
    [InlineData("During Last Month", "2023-10-18", "2023-09-01", "2023-09-30", TimePrecision.Month)]
    [InlineData("on  Monday!", "2023-10-18", "2023-10-16", "2023-10-16", TimePrecision.Day)]
    [InlineData("\tYesterday;\n", "2023-10-18", "2023-10-17", "2023-10-17", TimePrecision.Day)]
    public void TryResolve_UnderstoodWords(string words, string anchor, string start, string end, TimePrecision precision)
    {
        Assert.True(ReportedTimeResolver.TryResolve(words, Date(anchor), out var resolution));
        Assert.Equal(new DateInterval(Date(start), Date(end)), resolution.Interval);
        Assert.Equal(precision, resolution.Precision);
    }

    [Theory]
    [InlineData("recently")]
    [InlineData("the other day")]
    [InlineData("since Monday")]
    [InlineData("last Tuesday morning")]
    [InlineData("this Monday")]
    [InlineData("in")]
    [InlineData("on")]
    [InlineData("next")]
    [InlineData("early")]
    [InlineData("early today")]
    [InlineData("late on Monday")]
    [InlineData("mid-Monday")]
    [InlineData("early 5 October")]
    [InlineData("earlier last week")]
    [InlineData("30 February")]
    [InlineData("February 30, 2024")]
    [InlineData("29 February 2023")]
    [InlineData("31 April")]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("32 October")]
    [InlineData("0 October")]
    [InlineData("0 days ago")]
    [InlineData("eleven days ago")]
    [InlineData("3 fortnights ago")]
    [InlineData("days ago")]
    [InlineData("23")]
    [InlineData("October 5 2023 at noon")]
    [InlineData("last decade")]
    [InlineData("")]
    [InlineData("   ")]
    public void TryResolve_WordsNotUnderstood(string words)
    {
        Assert.False(ReportedTimeResolver.TryResolve(words, Date("2023-10-18"), out var resolution));
        Assert.Null(resolution);
    }

    [Fact]
    public void TryResolve_EarlierThisWeekOnMonday_HasNoDayToDenote()
    {
        Assert.False(ReportedTimeResolver.TryResolve("earlier this week", Date("2023-10-16"), out _));
    }

    [Fact]
    public void TryResolve_LaterThisMonthOnLastDay_HasNoDayToDenote()
    {
        Assert.False(ReportedTimeResolver.TryResolve("later this month", Date("2023-10-31"), out _));
    }

    [Theory]
    [InlineData("tomorrow", "9999-12-31")]
    [InlineData("next year", "9999-06-01")]
    [InlineData("next week", "9999-12-28")]
    [InlineData("999 years ago", "-9000-01-01")]
    public void TryResolve_BeyondTheCalendar_IsNotUnderstood(string words, string anchor)
    {
        Assert.False(ReportedTimeResolver.TryResolve(words, Date(anchor), out _));
    }

    [Fact]
    public void TryResolve_NullWords_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => ReportedTimeResolver.TryResolve(null!, Date("2023-10-18"), out _));
        Assert.Equal("words", exception.ParamName);
    }

    internal static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
