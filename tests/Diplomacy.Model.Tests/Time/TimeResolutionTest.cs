using Diplomacy.Model.Time;
using NodaTime;
using static Diplomacy.Model.Tests.Time.ReportedTimeResolverTest;

namespace Diplomacy.Model.Tests.Time;

public class TimeResolutionTest
{
    [Fact]
    public void Constructor_DayPrecisionWithMultiDayInterval_Throws()
    {
        var interval = new DateInterval(Date("2023-10-12"), Date("2023-10-15"));

        var exception = Assert.Throws<ArgumentException>(() => new TimeResolution(interval, TimePrecision.Day));
        Assert.Equal("precision", exception.ParamName);
    }

    [Fact]
    public void Constructor_DayPrecisionWithOneDay_Accepted()
    {
        var resolution = new TimeResolution(new DateInterval(Date("2023-10-12"), Date("2023-10-12")), TimePrecision.Day);

        Assert.Equal(Date("2023-10-12"), resolution.Interval.Start);
        Assert.Equal(Date("2023-10-12"), resolution.Interval.End);
    }

    [Fact]
    public void Constructor_UndefinedPrecision_Throws()
    {
        var interval = new DateInterval(Date("2023-10-12"), Date("2023-10-15"));

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new TimeResolution(interval, (TimePrecision)99));
        Assert.Equal("precision", exception.ParamName);
    }
}
