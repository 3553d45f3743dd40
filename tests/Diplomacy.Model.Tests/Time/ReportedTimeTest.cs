using Diplomacy.Model.Time;
using NodaTime;
using static Diplomacy.Model.Tests.Time.ReportedTimeResolverTest;

namespace Diplomacy.Model.Tests.Time;

public class ReportedTimeTest
{
    [Fact]
    public void Resolve_UnderstoodWords_KeepsWordsAnchorAndResolution()
    {
        var time = ReportedTime.Resolve(" late last week ", Date("2023-10-18"));

        Assert.Equal(" late last week ", time.Words);
        Assert.Equal(Date("2023-10-18"), time.Anchor);
        Assert.True(time.IsResolved);
        Assert.Equal(new TimeResolution(new DateInterval(Date("2023-10-12"), Date("2023-10-15")), TimePrecision.PartOfWeek),
            time.Resolution);
    }

    [Fact]
    public void Resolve_OnMondayWithMondayAnchor_IsTheAnchor()
    {
        var time = ReportedTime.Resolve("on Monday", Date("2023-10-16"));

        Assert.Equal(ReportedTime.OnDay("on Monday", Date("2023-10-16")).Resolution, time.Resolution);
    }

    [Theory]
    [InlineData("shortly afterwards")]
    [InlineData("30 February")]
    [InlineData("since last week")]
    public void Resolve_UnknownWords_StayUnresolvedWithAnchorRecorded(string words)
    {
        var time = ReportedTime.Resolve(words, Date("2023-10-18"));

        Assert.False(time.IsResolved);
        Assert.Null(time.Resolution);
        Assert.Equal(words, time.Words);
        Assert.Equal(Date("2023-10-18"), time.Anchor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Resolve_BlankWords_Throws(string words)
    {
        var exception = Assert.Throws<ArgumentException>(() => ReportedTime.Resolve(words, Date("2023-10-18")));
        Assert.Equal("words", exception.ParamName);
    }

    [Fact]
    public void Resolve_NullWords_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => ReportedTime.Resolve(null!, Date("2023-10-18")));
        Assert.Equal("words", exception.ParamName);
    }

    [Theory]
    // this = [start, end], other = [start, end]
    [InlineData("2023-10-09", "2023-10-15", "2023-10-09", "2023-10-15", TimeComparison.Same)]
    [InlineData("2023-10-12", "2023-10-12", "2023-10-12", "2023-10-12", TimeComparison.Same)]
    [InlineData("2023-10-09", "2023-10-15", "2023-10-12", "2023-10-12", TimeComparison.Contains)]
    [InlineData("2023-10-09", "2023-10-15", "2023-10-09", "2023-10-11", TimeComparison.Contains)]
    [InlineData("2023-10-09", "2023-10-15", "2023-10-12", "2023-10-15", TimeComparison.Contains)]
    [InlineData("2023-10-12", "2023-10-12", "2023-10-09", "2023-10-15", TimeComparison.Within)]
    [InlineData("2023-10-01", "2023-10-10", "2023-10-01", "2023-10-31", TimeComparison.Within)]
    [InlineData("2023-10-12", "2023-10-15", "2023-10-14", "2023-10-16", TimeComparison.Overlap)]
    [InlineData("2023-10-14", "2023-10-16", "2023-10-12", "2023-10-15", TimeComparison.Overlap)]
    [InlineData("2023-09-25", "2023-10-01", "2023-10-01", "2023-10-10", TimeComparison.Overlap)]
    [InlineData("2023-10-09", "2023-10-15", "2023-10-16", "2023-10-22", TimeComparison.Disjoint)]
    [InlineData("2023-10-16", "2023-10-16", "2023-10-15", "2023-10-15", TimeComparison.Disjoint)]
    [InlineData("2022-01-01", "2022-12-31", "2023-02-01", "2023-02-28", TimeComparison.Disjoint)]
    public void CompareWith_ResolvedTimes(string start, string end, string otherStart, string otherEnd, TimeComparison expected)
    {
        var time = new ReportedTime("this", new TimeResolution(new DateInterval(Date(start), Date(end)), TimePrecision.Week));
        var other = new ReportedTime("other", new TimeResolution(new DateInterval(Date(otherStart), Date(otherEnd)), TimePrecision.Month));

        Assert.Equal(expected, time.CompareWith(other));
    }

    [Fact]
    public void CompareWith_ResolvedReports_FromDifferentAnchors()
    {
        // "last week" on Wednesday 18 October and "this week" on Thursday 12 October are both 9-15 October.
        var lastWeek = ReportedTime.Resolve("last week", Date("2023-10-18"));
        var thisWeek = ReportedTime.Resolve("this week", Date("2023-10-12"));
        var onThursday = ReportedTime.Resolve("on Thursday", Date("2023-10-18"));
        var onMonday = ReportedTime.Resolve("on Monday", Date("2023-10-18"));

        Assert.Equal(TimeComparison.Same, lastWeek.CompareWith(thisWeek));
        Assert.Equal(TimeComparison.Contains, lastWeek.CompareWith(onThursday));
        Assert.Equal(TimeComparison.Within, onThursday.CompareWith(lastWeek));
        Assert.Equal(TimeComparison.Disjoint, lastWeek.CompareWith(onMonday));
    }

    [Fact]
    public void CompareWith_UnresolvedSide_IsUnknown()
    {
        var resolved = ReportedTime.OnDay("on 5 October 2023", Date("2023-10-05"));
        var unresolvedWithAnchor = ReportedTime.Resolve("recently", Date("2023-10-18"));
        var unresolved = ReportedTime.Unresolved("some time ago");

        Assert.Equal(TimeComparison.Unknown, resolved.CompareWith(unresolvedWithAnchor));
        Assert.Equal(TimeComparison.Unknown, unresolvedWithAnchor.CompareWith(resolved));
        Assert.Equal(TimeComparison.Unknown, unresolved.CompareWith(unresolvedWithAnchor));
    }

    [Fact]
    public void CompareWith_Null_Throws()
    {
        var time = ReportedTime.OnDay("on 5 October 2023", Date("2023-10-05"));

        var exception = Assert.Throws<ArgumentNullException>(() => time.CompareWith(null!));
        Assert.Equal("other", exception.ParamName);
    }
}
