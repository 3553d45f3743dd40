using Diplomacy.Model.Actors;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;

namespace Diplomacy.Model.Tests.Events;

public class DiplomaticEventTest
{
    [Fact]
    public void DuplicateParticipant_ThrowsNamingParticipants()
    {
        var error = Assert.Throws<ArgumentException>(() => new DiplomaticEvent(new("visit"), DiplomaticEventKind.StateVisit, "visit", EventStatus.Planned, TestData.Analyst(),
            [new Id<Actor>("prk"), new Id<Actor>("chn"), new Id<Actor>("prk")]));

        Assert.Equal("participants", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankDescription_ThrowsNamingDescription(string description)
    {
        var error = Assert.Throws<ArgumentException>(() => new DiplomaticEvent(new("visit"), DiplomaticEventKind.StateVisit, description, EventStatus.Planned, TestData.Analyst()));

        Assert.Equal("description", error.ParamName);
    }

    [Fact]
    public void UndefinedStatus_ThrowsNamingStatus()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DiplomaticEvent(new("visit"), DiplomaticEventKind.StateVisit, "visit", (EventStatus)50, TestData.Analyst()));

        Assert.Equal("status", error.ParamName);
    }

    [Fact]
    public void Equality_ComparesParticipantsByContent()
    {
        Assert.Equal(TestData.Visit(), TestData.Visit());
        Assert.Equal(TestData.Visit().GetHashCode(), TestData.Visit().GetHashCode());
        Assert.NotEqual(TestData.Visit(), new DiplomaticEvent(new("visit"), DiplomaticEventKind.StateVisit, "planned leaders' visit", EventStatus.Planned, TestData.Analyst(),
            [new Id<Actor>("prk"), new Id<Actor>("kor")], new Location(new("chn"), "Beijing")));
    }

    [Fact]
    public void ToString_ContainsKindStatusAndDescription()
    {
        Assert.Equal("StateVisit (Planned): planned leaders' visit", TestData.Visit().ToString());
    }
}
