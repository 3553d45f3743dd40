using Diplomacy.Model.Comparison;
using Diplomacy.Model.Tests.Seeds;

namespace Diplomacy.Model.Tests.Comparison;

/// <summary>The two seed reports compared: the findings DESIGN.md names must be there.</summary>
public class SeedComparisonTest
{
    private static readonly ReportComparison Comparison = ReportComparer.Instance.Compare(SeedReport000.Build(), SeedReport001.Build());

    private static readonly string Text000 = SeedReport000.ReadText();

    private static readonly string Text001 = SeedReport001.ReadText();

    private static ComparisonFinding Single(ComparisonAspect aspect, string? subject = null) =>
        Assert.Single(Comparison.FindingsAbout(aspect), f => f.Subject == subject);

    private static void AssertQuotes(ComparisonSide side, string source, string text, params string[] quotes)
    {
        Assert.Equal(source, side.Source.Value);
        Assert.All(side.Attributions, a => Assert.True(a.Span.MatchesIn(text)));
        foreach (var quote in quotes)
        {
            // The cited spans must include these words (a span may be a longer stretch around them).
            Assert.Contains(side.Attributions, a => a.Span.Quote.Contains(quote, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PlaceOfRefuge_TradeMissionInBeijingAgainstEmbassyInSeoul_Contradicts()
    {
        var finding = Single(ComparisonAspect.PlaceOfRefuge);

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
        Assert.Equal("TradeMission of KOR in Beijing (CHN)", finding.First.Account);
        Assert.Equal("Embassy of PRK in Seoul (KOR)", finding.Second.Account);
        AssertQuotes(finding.First, "src:000", Text000, "South Korea's trade mission in Beijing", "Seoul mission");
        AssertQuotes(finding.Second, "src:001", Text001, "the embassy of the DPRK [North Korea] in the ROK [South Korea]", "the country's embassy in Seoul");
    }

    [Fact]
    public void SouthKoreasResponse_ConfirmedAgainstNoComment_Contradicts()
    {
        var finding = Single(ComparisonAspect.StateResponse, "KOR");

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
        AssertQuotes(finding.First, "src:000", Text000, "South Korea's foreign ministry confirmed that Ri had entered the trade mission");
        AssertQuotes(finding.Second, "src:001", Text001, "South Korean officials have thus far not commented on the situation");
    }

    [Fact]
    public void Claimant_NamedTradeRepresentativeAgainstUnnamedOfficial_IsCompatible()
    {
        var finding = Single(ComparisonAspect.Claimant);

        Assert.Equal(ComparisonVerdict.Compatible, finding.Verdict);
        AssertQuotes(finding.First, "src:000", Text000, "North Korea's trade representative in China");
        AssertQuotes(finding.Second, "src:001", Text001, "The North Korean official, who has not been named");
    }

    [Fact]
    public void Timing_LateLastWeekAgainstEarlyOctoberWithoutPublicationDate_IsUnknown()
    {
        var finding = Single(ComparisonAspect.AsylumStep, "RefugeTaken");

        Assert.Equal(ComparisonVerdict.Unknown, finding.Verdict);
        AssertQuotes(finding.First, "src:000", Text000, "entered South Korea's trade mission in Beijing late last week");
        AssertQuotes(finding.Second, "src:001", Text001, "reportedly fled to the embassy in early October");
    }

    [Fact]
    public void ChinasResponse_BothUrgeResolution_IsCompatible()
    {
        var finding = Single(ComparisonAspect.StateResponse, "CHN");

        Assert.Equal(ComparisonVerdict.Compatible, finding.Verdict);
        Assert.Contains("UrgesResolution", finding.Explanation);
        AssertQuotes(finding.First, "src:000", Text000, "China's foreign ministry urged both sides to handle the issue");
        AssertQuotes(finding.Second, "src:001", Text001, "addressed the issue at a regular press briefing on Monday");
    }

    [Theory]
    [InlineData(ComparisonAspect.PersonAtRisk, "Spouse", "His wife and children are thought to still be in North Korea")]
    [InlineData(ComparisonAspect.PersonAtRisk, "Child", "His wife and children are thought to still be in North Korea")]
    [InlineData(ComparisonAspect.Event, "StateVisit CHN+PRK", "planning to visit China this month to meet President Xi Jinping")]
    [InlineData(ComparisonAspect.AsylumStep, "AsylumRequested", "applied for asylum")]
    [InlineData(ComparisonAspect.StateAsked, null, "has refused to leave, seeking asylum")]
    public void ItemsOnlyInReport000_AreOnlyInOne(ComparisonAspect aspect, string? subject, string quote)
    {
        var finding = Single(aspect, subject);

        Assert.Equal(ComparisonVerdict.OnlyInOne, finding.Verdict);
        AssertQuotes(finding.First, "src:000", Text000, quote);
        Assert.True(finding.Second.IsSilent);
    }

    [Fact]
    public void RelationBetweenTheKoreas_OnlyInReport001_IsOnlyInOne()
    {
        var finding = Single(ComparisonAspect.Relation, "KOR–PRK");

        Assert.Equal(ComparisonVerdict.OnlyInOne, finding.Verdict);
        Assert.True(finding.First.IsSilent);
        Assert.Equal("NoDiplomaticRelations", finding.Second.Account);
    }

    [Fact]
    public void AllianceOfChinaAndNorthKorea_Agrees()
    {
        var finding = Single(ComparisonAspect.Relation, "CHN–PRK");

        Assert.Equal(ComparisonVerdict.Agree, finding.Verdict);
        AssertQuotes(finding.First, "src:000", Text000, "its longtime ally");
        AssertQuotes(finding.Second, "src:001", Text001, "China is North Korea's closest ally");
    }
}
