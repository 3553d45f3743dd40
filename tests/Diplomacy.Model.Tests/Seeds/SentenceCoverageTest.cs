using Diplomacy.Model.Seeds;
using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Seeds;

public class SentenceCoverageTest
{
    [Theory]
    [MemberData(nameof(SeedFixtures.Names), MemberType = typeof(SeedFixtures))]
    public void BundledSeeds_AreFullyCovered(string name)
    {
        var coverage = SeedLoader.Default.LoadBundled(name).Coverage();

        Assert.True(coverage.IsComplete, $"Sentences of {name} no fact is attributed to:\n" + string.Join("\n", coverage.Uncovered));
        Assert.Equal(1.0, coverage.Ratio);
        Assert.Equal(coverage.Total, coverage.Covered.Count);
    }

    [Fact]
    public void BundledSeeds_HaveTheExpectedSentenceCounts()
    {
        var seeds = SeedLoader.Default.LoadBundled();

        Assert.Equal(16, seeds[0].Coverage().Total); // the headline and 15 sentences of body
        Assert.Equal(18, seeds[1].Coverage().Total); // no headline; the dateline opens the first sentence
    }

    [Fact]
    public void Measure_OneUncoveredSentence_ReportsExactlyThatSentence()
    {
        const string text = "Headline here\n\nChina urged calm. Nobody knows why. \"We hope so,\" he said.";
        var spans = new[] { TextSpan.Find(text, "China urged"), TextSpan.Find(text, "he said"), TextSpan.Find(text, "Headline") };

        var coverage = SentenceCoverage.Measure(text, spans);

        Assert.Equal(4, coverage.Total);
        var uncovered = Assert.Single(coverage.Uncovered);
        Assert.Equal(new TextSpan(33, "Nobody knows why."), uncovered);
        Assert.True(uncovered.MatchesIn(text));
        Assert.Equal(0.75, coverage.Ratio);
        Assert.False(coverage.IsComplete);
        Assert.Equal("3/4 sentences covered", coverage.ToString());
    }

    [Fact]
    public void Measure_SpanTouchingOnlyTheNextSentence_DoesNotCoverThePreviousOne()
    {
        const string text = "One. Two.";

        var coverage = SentenceCoverage.Measure(text, [new TextSpan(5, "Two")]);

        Assert.Equal([new TextSpan(0, "One.")], coverage.Uncovered);
    }

    [Fact]
    public void Measure_EmptyText_IsComplete()
    {
        var coverage = SentenceCoverage.Measure("", []);

        Assert.Equal(0, coverage.Total);
        Assert.Equal(1.0, coverage.Ratio);
        Assert.True(coverage.IsComplete);
    }

    [Fact]
    public void SplitIntoSentences_SplitsOnStopsAndLineBreaks_KeepingQuotesWhole()
    {
        var sentences = SentenceCoverage.SplitIntoSentences("Head line\n\nOne. \"Two?\" Three! Four.").Select(s => s.Quote);

        Assert.Equal(["Head line", "One.", "\"Two?\"", "Three!", "Four."], sentences);
    }

    [Fact]
    public void SplitIntoSentences_KeepsAbbreviationsAndDecimalsInsideASentence()
    {
        // A stop not followed by a space or a line break ends nothing.
        var sentences = SentenceCoverage.SplitIntoSentences("It rose 1.5 per cent.\u201D Then it fell.").Select(s => s.Quote);

        Assert.Equal(["It rose 1.5 per cent.\u201D", "Then it fell."], sentences);
    }

    [Fact]
    public void SplitIntoSentences_OffsetsCountCodePoints_LikeAttributions()
    {
        // U+1F600 is two UTF-16 units but one code point.
        const string text = "\U0001F600 ok. Next one.";

        var sentences = SentenceCoverage.SplitIntoSentences(text);

        Assert.Equal([new TextSpan(0, "\U0001F600 ok."), new TextSpan(6, "Next one.")], sentences);
        Assert.All(sentences, s => Assert.True(s.MatchesIn(text)));
    }
}
