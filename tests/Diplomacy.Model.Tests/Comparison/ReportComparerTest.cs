using Diplomacy.Model.Comparison;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Model.Tests.Comparison;

public class ReportComparerTest
{
    private static readonly ReportSketch A = new("src-a");
    private static readonly ReportSketch B = new("src-b");

    private static ComparisonFinding Single(ReportComparison comparison, ComparisonAspect aspect, string? subject = null) =>
        Assert.Single(comparison.FindingsAbout(aspect), f => f.Subject == subject);

    private static ReportComparison Compare(ReportSketch first, ReportSketch second) =>
        ReportComparer.Instance.Compare(first.Build(), second.Build());

    // Both sides say something, each cites its own source's words, and the quotes are what the text says.
    private static void AssertBothSidesCited(ComparisonFinding finding, ReportSketch first, ReportSketch second)
    {
        AssertCited(finding.First, first);
        AssertCited(finding.Second, second);
    }

    private static void AssertCited(ComparisonSide side, ReportSketch sketch)
    {
        Assert.False(side.IsSilent);
        Assert.Equal(sketch.SourceId, side.Source.Value);
        Assert.NotEmpty(side.Attributions);
        Assert.All(side.Attributions, a =>
        {
            Assert.Equal(sketch.SourceId, a.Source.Value);
            Assert.True(a.Span.MatchesIn(sketch.Text));
        });
    }

    [Fact]
    public void Compare_SameAccountsWithDifferentIds_Agree()
    {
        var comparison = Compare(A, B);

        foreach (var (aspect, subject) in new (ComparisonAspect, string?)[]
        {
            (ComparisonAspect.Claimant, null), (ComparisonAspect.PlaceOfRefuge, null), (ComparisonAspect.StateFled, null),
            (ComparisonAspect.AsylumStep, "RefugeTaken"), (ComparisonAspect.StateResponse, "KOR"), (ComparisonAspect.StateResponse, "CHN"),
        })
        {
            var finding = Single(comparison, aspect, subject);
            Assert.Equal(ComparisonVerdict.Agree, finding.Verdict);
            AssertBothSidesCited(finding, A, B);
        }
        Assert.DoesNotContain(comparison.Findings, f => f.Verdict != ComparisonVerdict.Agree);
    }

    [Fact]
    public void Compare_NamedAndUnnamedClaimantOfSameNationality_IsCompatible()
    {
        var unnamed = B with { ClaimantName = null };

        var finding = Single(Compare(A, unnamed), ComparisonAspect.Claimant);

        Assert.Equal(ComparisonVerdict.Compatible, finding.Verdict);
        AssertBothSidesCited(finding, A, unnamed);
        Assert.Contains("Ri Pyong-chol", finding.First.Account);
        Assert.Contains("unnamed", finding.Second.Account);
    }

    [Fact]
    public void Compare_ClaimantsOfDifferentNationality_Contradict()
    {
        var other = B with { ClaimantName = null, ClaimantNationality = "CHN" };

        var finding = Single(Compare(A, other), ComparisonAspect.Claimant);

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
        AssertBothSidesCited(finding, A, other);
    }

    [Fact]
    public void Compare_DifferentNames_Contradict()
    {
        var other = B with { ClaimantName = "Thae Yong-ho" };

        var finding = Single(Compare(A, other), ComparisonAspect.Claimant);

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
    }

    [Fact]
    public void Compare_NameWrittenDifferently_Agrees()
    {
        var other = B with { ClaimantName = "ri pyong chol" };

        Assert.Equal(ComparisonVerdict.Agree, Single(Compare(A, other), ComparisonAspect.Claimant).Verdict);
    }

    [Fact]
    public void Compare_MissionOfUnstatedKindAndCity_IsCompatible()
    {
        var vague = B with { MissionKind = MissionKind.Unspecified, City = null };

        var finding = Single(Compare(A, vague), ComparisonAspect.PlaceOfRefuge);

        Assert.Equal(ComparisonVerdict.Compatible, finding.Verdict);
        AssertBothSidesCited(finding, A, vague);
    }

    [Fact]
    public void Compare_EmbassyInAnotherCountryAndCity_Contradicts()
    {
        var seoul = B with { MissionKind = MissionKind.Embassy, Receiving = "JPN", City = "Tokyo" };

        var finding = Single(Compare(A, seoul), ComparisonAspect.PlaceOfRefuge);

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
        Assert.Contains("receiving state (CHN vs JPN)", finding.Explanation);
        AssertBothSidesCited(finding, A, seoul);
    }

    [Fact]
    public void Compare_ConfirmedAgainstDeclinedToComment_Contradicts()
    {
        var silent = B with { KoreanStance = Stance.DeclinesToComment };

        var finding = Single(Compare(A, silent), ComparisonAspect.StateResponse, "KOR");

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
        AssertBothSidesCited(finding, A, silent);
        Assert.Contains("South Korea Confirms", finding.First.Attributions.Select(a => a.Span.Quote));
        Assert.Contains("South Korea DeclinesToComment", finding.Second.Attributions.Select(a => a.Span.Quote));
    }

    [Fact]
    public void Compare_TranslationsInDifferentWords_AreNotAContradiction()
    {
        var first = A with { ChineseQuote = Quotation.Parse("handle the issue appropriately", QuoteRendering.Translation, "zh") };
        var second = B with { ChineseQuote = Quotation.Parse("deal with the matter properly", QuoteRendering.Translation, "zh") };

        var finding = Single(Compare(first, second), ComparisonAspect.StateResponse, "CHN");

        Assert.Equal(ComparisonVerdict.Agree, finding.Verdict);
        Assert.Contains("translations", finding.Explanation);
        AssertBothSidesCited(finding, first, second);
    }

    [Fact]
    public void Compare_UnresolvedTimes_AreUnknown()
    {
        var first = A with { RefugeTime = ReportedTime.Unresolved("late last week") };
        var second = B with { RefugeTime = ReportedTime.Unresolved("early October") };

        var finding = Single(Compare(first, second), ComparisonAspect.AsylumStep, "RefugeTaken");

        Assert.Equal(ComparisonVerdict.Unknown, finding.Verdict);
        AssertBothSidesCited(finding, first, second);
    }

    [Fact]
    public void Compare_DayWithinWeek_IsCompatible()
    {
        var first = A with { RefugeTime = ReportedTime.Resolve("late last week", new LocalDate(2023, 10, 18)) };
        var second = B with { RefugeTime = ReportedTime.OnDay("on 13 October", new LocalDate(2023, 10, 13)) };

        var finding = Single(Compare(first, second), ComparisonAspect.AsylumStep, "RefugeTaken");

        Assert.Equal(ComparisonVerdict.Compatible, finding.Verdict);
    }

    [Fact]
    public void Compare_DisjointTimes_Contradict()
    {
        var first = A with { RefugeTime = ReportedTime.OnDay("on 2 October", new LocalDate(2023, 10, 2)) };
        var second = B with { RefugeTime = ReportedTime.OnDay("on 13 October", new LocalDate(2023, 10, 13)) };

        var finding = Single(Compare(first, second), ComparisonAspect.AsylumStep, "RefugeTaken");

        Assert.Equal(ComparisonVerdict.Contradict, finding.Verdict);
        AssertBothSidesCited(finding, first, second);
    }

    [Fact]
    public void Compare_FamilyAtRiskInFirstOnly_IsOnlyInOneAndCitesThatSide()
    {
        var first = A with { FamilyAtRisk = true };

        var finding = Single(Compare(first, B), ComparisonAspect.PersonAtRisk, "Spouse");

        Assert.Equal(ComparisonVerdict.OnlyInOne, finding.Verdict);
        AssertCited(finding.First, first);
        Assert.True(finding.Second.IsSilent);
        Assert.Empty(finding.Second.Attributions);
        Assert.Equal("src-b", finding.Second.Source.Value);
    }

    [Fact]
    public void Compare_StatementInSecondOnly_IsOnlyInOneAndCitesThatSide()
    {
        var first = A with { KoreanStance = null };

        var finding = Single(Compare(first, B), ComparisonAspect.StateResponse, "KOR");

        Assert.Equal(ComparisonVerdict.OnlyInOne, finding.Verdict);
        Assert.True(finding.First.IsSilent);
        AssertCited(finding.Second, B);
    }

    [Fact]
    public void Compare_ManyReports_ComparesEachWithThePivotOnce()
    {
        var reports = Enumerable.Range(0, 40)
            .Select(i => (new ReportSketch($"src-{i}") with { KoreanStance = i % 2 == 0 ? Stance.Confirms : Stance.DeclinesToComment }).Build())
            .ToList();

        var comparison = ReportComparer.Instance.Compare(reports);

        Assert.Equal(40, comparison.Sources.Count);
        Assert.Equal("src-0", comparison.Pivot.Value);
        var korean = comparison.FindingsAbout(ComparisonAspect.StateResponse).Where(f => f.Subject == "KOR").ToList();
        Assert.Equal(39, korean.Count);
        Assert.All(korean, f => Assert.Equal("src-0", f.First.Source.Value));
        Assert.Equal(19, korean.Count(f => f.Verdict == ComparisonVerdict.Agree));
        Assert.Equal(20, korean.Count(f => f.Verdict == ComparisonVerdict.Contradict));
    }

    [Fact]
    public void Compare_SameSourceTwice_Throws()
    {
        var report = A.Build();

        Assert.Throws<ArgumentException>(() => ReportComparer.Instance.Compare(report, report));
        Assert.Throws<ArgumentException>(() => ReportComparer.Instance.Compare([report]));
    }

    [Fact]
    public void Compare_IsAValue_EqualForEqualInputs()
    {
        var first = Compare(A with { KoreanStance = Stance.DeclinesToComment }, B);
        var second = Compare(A with { KoreanStance = Stance.DeclinesToComment }, B);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Compare(A, B));
    }

    [Fact]
    public void Finding_VerdictAndSilenceMustFit()
    {
        var src = new Id<Source>("src-a");
        var other = new Id<Source>("src-b");
        var side = new ComparisonSide(src, "something");

        Assert.Throws<ArgumentException>(() => new ComparisonFinding(ComparisonAspect.Claimant, null, ComparisonVerdict.Agree, "x", side, ComparisonSide.Silent(other)));
        Assert.Throws<ArgumentException>(() => new ComparisonFinding(ComparisonAspect.Claimant, null, ComparisonVerdict.OnlyInOne, "x", side, new ComparisonSide(other, "else")));
        Assert.Throws<ArgumentException>(() => new ComparisonFinding(ComparisonAspect.Claimant, null, ComparisonVerdict.Agree, "x", side, side));
    }
}
