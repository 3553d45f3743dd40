using Diplomacy.Model.Actors;
using Diplomacy.Model.Commentary;

namespace Diplomacy.Model.Tests.Commentary;

public class RemarkTest
{
    [Fact]
    public void DuplicateConcerning_ThrowsNamingConcerning()
    {
        var error = Assert.Throws<ArgumentException>(() => new Remark(new("r"), RemarkKind.Analysis, "x", TestData.Analyst(), [new Id<Actor>("ri"), new Id<Actor>("ri")]));

        Assert.Equal("concerning", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void BlankSummary_ThrowsNamingSummary(string summary)
    {
        Assert.Equal("summary", Assert.Throws<ArgumentException>(() => new Remark(new("r"), RemarkKind.Analysis, summary, TestData.Analyst())).ParamName);
    }

    [Fact]
    public void ToString_ContainsKindAndSummary()
    {
        Assert.Equal("Background: defections are rare", TestData.Background().ToString());
    }
}
