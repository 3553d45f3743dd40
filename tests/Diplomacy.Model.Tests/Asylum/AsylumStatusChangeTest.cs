using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;

namespace Diplomacy.Model.Tests.Asylum;

public class AsylumStatusChangeTest
{
    [Theory]
    [InlineData(AsylumStatus.LeftRefuge)]
    [InlineData(AsylumStatus.Arrived)]
    [InlineData(AsylumStatus.Granted)]
    [InlineData(AsylumStatus.SafeConductIssued)]
    public void Via_OnlyForTransferViaThirdState(AsylumStatus status)
    {
        Assert.Equal("via", Assert.Throws<ArgumentException>(() => new AsylumStatusChange(status, TestData.Analyst(), via: new Id<Actor>("phl"))).ParamName);
    }

    [Fact]
    public void Via_OnTransfer_IsKept()
    {
        Assert.Equal(new Id<Actor>("phl"), new AsylumStatusChange(AsylumStatus.TransferredViaThirdState, TestData.Analyst(), via: new Id<Actor>("phl")).Via);
        Assert.Null(new AsylumStatusChange(AsylumStatus.TransferredViaThirdState, TestData.Analyst()).Via);
    }

    [Fact]
    public void BlankNote_ThrowsNamingNote()
    {
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => new AsylumStatusChange(AsylumStatus.RefugeTaken, TestData.Analyst(), note: " ")).ParamName);
    }

    [Fact]
    public void UndefinedStatus_ThrowsNamingStatus()
    {
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => new AsylumStatusChange((AsylumStatus)12, TestData.Analyst())).ParamName);
    }

    [Fact]
    public void ToString_ContainsStatusAndWords()
    {
        Assert.Equal("RefugeTaken (late last week)", new AsylumStatusChange(AsylumStatus.RefugeTaken, TestData.Analyst(), Model.Time.ReportedTime.Unresolved("late last week")).ToString());
    }
}
