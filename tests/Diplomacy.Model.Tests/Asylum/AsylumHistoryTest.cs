using Diplomacy.Model.Asylum;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Model.Tests.Asylum;

public class AsylumHistoryTest
{
    private static AsylumStatusChange Step(AsylumStatus status, ReportedTime? when = null) =>
        new(status, TestData.Analyst(), when, status == AsylumStatus.TransferredViaThirdState ? new Id<Model.Actors.Actor>("phl") : null);

    private static AsylumHistory History(params AsylumStatus[] statuses) => new(statuses.Select(s => Step(s)).ToEquatableArray());

    private static ReportedTime Day(int month, int day) => ReportedTime.OnDay($"{month}/{day}", new LocalDate(2023, month, day));

    public static TheoryData<AsylumStatus[]> ValidPaths => new()
    {
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderNegotiation, AsylumStatus.LeftRefuge, AsylumStatus.TransferredViaThirdState, AsylumStatus.Arrived },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.UnderNegotiation, AsylumStatus.LeftRefuge },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderNegotiation, AsylumStatus.LeftRefuge, AsylumStatus.Arrived },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.Repatriated },
        new[] { AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.Granted, AsylumStatus.SafeConductIssued, AsylumStatus.LeftRefuge, AsylumStatus.Arrived },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.Refused, AsylumStatus.Repatriated },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.Withdrawn, AsylumStatus.LeftRefuge },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.LeftRefuge, AsylumStatus.TransferredViaThirdState, AsylumStatus.TransferredViaThirdState, AsylumStatus.Arrived },
        new[] { AsylumStatus.RefugeTaken, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation, AsylumStatus.UnderNegotiation },
    };

    // Each row: the steps, and the index of the step that must be rejected.
    public static TheoryData<AsylumStatus[], int> InvalidPaths => new()
    {
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.Granted }, 1 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.UnderNegotiation, AsylumStatus.Arrived }, 2 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.Arrived }, 1 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.TransferredViaThirdState }, 1 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.LeftRefuge, AsylumStatus.Arrived, AsylumStatus.LeftRefuge }, 3 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.LeftRefuge, AsylumStatus.Arrived, AsylumStatus.Repatriated }, 3 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.LeftRefuge, AsylumStatus.Arrived, AsylumStatus.Arrived }, 3 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.Repatriated, AsylumStatus.RefugeTaken }, 2 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.Repatriated, AsylumStatus.Arrived }, 2 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.Repatriated, AsylumStatus.AsylumRequested }, 2 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.Granted, AsylumStatus.Repatriated }, 3 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.Granted, AsylumStatus.Refused }, 3 },
        { new[] { AsylumStatus.RefugeTaken, AsylumStatus.RefugeTaken }, 1 },
    };

    [Theory]
    [MemberData(nameof(ValidPaths))]
    public void ValidPath_IsAccepted(AsylumStatus[] statuses)
    {
        var history = History(statuses);

        Assert.Equal(statuses, history.Changes.Select(c => c.Status));
        Assert.Equal(statuses[^1], history.Current);
    }

    [Theory]
    [MemberData(nameof(InvalidPaths))]
    public void InvalidPath_IsRejectedNamingTheIndex(AsylumStatus[] statuses, int badIndex)
    {
        var error = Assert.Throws<ArgumentException>(() => History(statuses));

        Assert.Equal("changes", error.ParamName);
        Assert.StartsWith($"changes[{badIndex}]:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AsylumStatus.Granted)]
    [InlineData(AsylumStatus.UnderNegotiation)]
    [InlineData(AsylumStatus.Arrived)]
    [InlineData(AsylumStatus.LeftRefuge)]
    [InlineData(AsylumStatus.Repatriated)]
    public void Start_WithLaterStage_IsRejectedAtIndexZero(AsylumStatus first)
    {
        var error = Assert.Throws<ArgumentException>(() => History(first));

        Assert.Equal("changes", error.ParamName);
        Assert.StartsWith("changes[0]:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AsylumStatus.RefugeTaken)]
    [InlineData(AsylumStatus.AsylumRequested)]
    public void Start_WithRefugeOrRequest_IsAccepted(AsylumStatus first)
    {
        Assert.Equal(first, History(first).Current);
    }

    [Fact]
    public void LaterStepDatedWhollyBeforeEarlier_IsRejectedNamingTheIndex()
    {
        var steps = new EquatableArray<AsylumStatusChange>(
        [
            Step(AsylumStatus.RefugeTaken, Day(10, 5)),
            Step(AsylumStatus.AsylumRequested, Day(10, 6)),
            Step(AsylumStatus.UnderNegotiation, Day(10, 4)),
        ]);

        var error = Assert.Throws<ArgumentException>(() => new AsylumHistory(steps));

        Assert.Equal("changes", error.ParamName);
        Assert.StartsWith("changes[2]:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LaterStepDatedBeforeANonAdjacentEarlierStep_IsRejected()
    {
        var steps = new EquatableArray<AsylumStatusChange>(
        [
            Step(AsylumStatus.RefugeTaken, Day(10, 5)),
            Step(AsylumStatus.AsylumRequested),
            Step(AsylumStatus.UnderNegotiation, Day(10, 1)),
        ]);

        Assert.StartsWith("changes[2]:", Assert.Throws<ArgumentException>(() => new AsylumHistory(steps)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameDayOrOverlappingOrUndatedSteps_AreAccepted()
    {
        var late = new ReportedTime("early October", new TimeResolution(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 10)), TimePrecision.PartOfMonth));
        var steps = new EquatableArray<AsylumStatusChange>(
        [
            Step(AsylumStatus.RefugeTaken, Day(10, 5)),
            Step(AsylumStatus.AsylumRequested, Day(10, 5)),
            Step(AsylumStatus.UnderNegotiation, late),
            Step(AsylumStatus.LeftRefuge, ReportedTime.Unresolved("later")),
        ]);

        Assert.Equal(AsylumStatus.LeftRefuge, new AsylumHistory(steps).Current);
    }

    [Fact]
    public void Then_AppendsAndValidates()
    {
        var history = History(AsylumStatus.RefugeTaken);

        var next = history.Then(Step(AsylumStatus.AsylumRequested));

        Assert.Equal(AsylumStatus.RefugeTaken, history.Current);
        Assert.Equal(AsylumStatus.AsylumRequested, next.Current);
        Assert.StartsWith("changes[2]:", Assert.Throws<ArgumentException>(() => next.Then(Step(AsylumStatus.Arrived))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_HasNoCurrent_AndIsNotConcluded()
    {
        Assert.Null(AsylumHistory.Empty.Current);
        Assert.False(AsylumHistory.Empty.IsConcluded);
        Assert.Equal("(no steps)", AsylumHistory.Empty.ToString());
    }

    [Theory]
    [InlineData(AsylumStatus.Arrived, true)]
    [InlineData(AsylumStatus.Repatriated, true)]
    [InlineData(AsylumStatus.LeftRefuge, false)]
    public void IsConcluded_AfterArrivalOrRepatriation(AsylumStatus last, bool concluded)
    {
        Assert.Equal(concluded, History(AsylumStatus.RefugeTaken, AsylumStatus.LeftRefuge, last == AsylumStatus.LeftRefuge ? AsylumStatus.TransferredViaThirdState : last).IsConcluded);
    }

    [Fact]
    public void Equality_ByContent()
    {
        Assert.Equal(History(AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested), History(AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested));
        Assert.Equal(History(AsylumStatus.RefugeTaken).GetHashCode(), History(AsylumStatus.RefugeTaken).GetHashCode());
        Assert.NotEqual(History(AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested), History(AsylumStatus.RefugeTaken, AsylumStatus.UnderNegotiation));
    }

    [Fact]
    public void ToString_ListsStepsInOrder()
    {
        Assert.Equal("RefugeTaken → AsylumRequested", History(AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested).ToString());
    }
}
