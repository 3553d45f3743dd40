using Diplomacy.Model.EventCoding;

namespace Diplomacy.Model.Tests.EventCoding;

public class PloverCodingTest
{
    [Fact]
    public void Constructor_LowercaseVocabulary_IsAccepted()
    {
        var coding = new PloverCoding(PloverEventType.Request, "meet", "diplomatic");

        Assert.Equal("REQUEST/meet/diplomatic", coding.ToString());
        Assert.Equal("AID/-/asylum", new PloverCoding(PloverEventType.Aid, context: "asylum").ToString());
        Assert.Equal("political_violence", new PloverCoding(PloverEventType.Assault, context: "political_violence").Context);
    }

    [Theory]
    [InlineData("Meet")]
    [InlineData("MEET")]
    [InlineData("")]
    [InlineData("meet up")]
    [InlineData("meet2")]
    public void Constructor_BadMode_ThrowsNamingMode(string mode)
    {
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => new PloverCoding(PloverEventType.Request, mode)).ParamName);
    }

    [Theory]
    [InlineData("Diplomatic")]
    [InlineData("")]
    [InlineData("diplomatic-")]
    public void Constructor_BadContext_ThrowsNamingContext(string context)
    {
        Assert.Equal("context", Assert.Throws<ArgumentException>(() => new PloverCoding(PloverEventType.Request, "meet", context)).ParamName);
    }

    [Fact]
    public void EventCode_NeedsCameoOrPlover()
    {
        Assert.Equal("cameo", Assert.Throws<ArgumentException>(() => new EventCode(null, null)).ParamName);
        Assert.Equal("CAMEO 027, PLOVER CONSULT/-/diplomatic",
            new EventCode(new CameoCode("027"), new PloverCoding(PloverEventType.Consult, context: "diplomatic")).ToString());
    }
}
