using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Sources;

public class AdmiraltyGradeTest
{
    [Theory]
    [InlineData("B2", SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue)]
    [InlineData("A1", SourceReliability.CompletelyReliable, InformationCredibility.Confirmed)]
    [InlineData("F6", SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged)]
    [InlineData("c3", SourceReliability.FairlyReliable, InformationCredibility.PossiblyTrue)]
    public void Parse_ValidCode(string code, SourceReliability reliability, InformationCredibility credibility)
    {
        var grade = AdmiraltyGrade.Parse(code);

        Assert.Equal(reliability, grade.Reliability);
        Assert.Equal(credibility, grade.Credibility);
    }

    [Fact]
    public void Code_IsLetterThenDigit()
    {
        Assert.Equal("B2", new AdmiraltyGrade(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue).Code);
        Assert.Equal("F6", new AdmiraltyGrade(SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged).ToString());
    }

    [Theory]
    [InlineData("G1")]
    [InlineData("A7")]
    [InlineData("A0")]
    [InlineData("1A")]
    [InlineData("B")]
    [InlineData("B22")]
    [InlineData("")]
    public void Parse_InvalidCode_ThrowsFormatException(string code)
    {
        Assert.Throws<FormatException>(() => AdmiraltyGrade.Parse(code));
    }

    [Fact]
    public void Constructor_UndefinedValues_ThrowNamingThem()
    {
        Assert.Equal("reliability", Assert.Throws<ArgumentOutOfRangeException>(() => new AdmiraltyGrade((SourceReliability)6, InformationCredibility.Confirmed)).ParamName);
        Assert.Equal("credibility", Assert.Throws<ArgumentOutOfRangeException>(() => new AdmiraltyGrade(SourceReliability.CompletelyReliable, (InformationCredibility)(-1))).ParamName);
    }
}
