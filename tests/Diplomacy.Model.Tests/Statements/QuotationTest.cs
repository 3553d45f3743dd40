using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Statements;

public class QuotationTest
{
    [Fact]
    public void Parse_SplitsEditorialInsertionSicAndEllipses()
    {
        var quote = Quotation.Parse("We urge [North Korea] to act [sic] now... and… later [...] too");

        Assert.Equal(
            [
                new QuoteSegment(QuoteSegmentKind.Verbatim, "We urge "),
                new QuoteSegment(QuoteSegmentKind.EditorialInsertion, "[North Korea]"),
                new QuoteSegment(QuoteSegmentKind.Verbatim, " to act "),
                new QuoteSegment(QuoteSegmentKind.Sic, "[sic]"),
                new QuoteSegment(QuoteSegmentKind.Verbatim, " now"),
                new QuoteSegment(QuoteSegmentKind.Ellipsis, "..."),
                new QuoteSegment(QuoteSegmentKind.Verbatim, " and"),
                new QuoteSegment(QuoteSegmentKind.Ellipsis, "…"),
                new QuoteSegment(QuoteSegmentKind.Verbatim, " later "),
                new QuoteSegment(QuoteSegmentKind.Ellipsis, "[...]"),
                new QuoteSegment(QuoteSegmentKind.Verbatim, " too"),
            ],
            quote.Segments);
    }

    [Theory]
    [InlineData("We urge [North Korea] to act [sic] now... and… later [...] too")]
    [InlineData("[They] said ... \"no\"")]
    [InlineData("plain words")]
    [InlineData("a]b")]
    public void PrintedText_RoundTripsExactly(string printed)
    {
        Assert.Equal(printed, Quotation.Parse(printed).PrintedText);
    }

    [Fact]
    public void SpeakerWords_ExcludeInsertionsSicAndEllipses()
    {
        var quote = Quotation.Parse("We urge [North Korea] to act [sic] now...");

        Assert.Equal("We urge  to act  now", quote.SpeakerWords);
    }

    [Fact]
    public void Parse_SicIsCaseInsensitive()
    {
        Assert.Equal(QuoteSegmentKind.Sic, Quotation.Parse("it [SIC] is").Segments[1].Kind);
    }

    [Fact]
    public void Parse_UnclosedBracket_ThrowsNamingPrinted()
    {
        Assert.Equal("printed", Assert.Throws<ArgumentException>(() => Quotation.Parse("We urge [North Korea to act")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Parse_Blank_ThrowsNamingPrinted(string printed)
    {
        Assert.Equal("printed", Assert.Throws<ArgumentException>(() => Quotation.Parse(printed)).ParamName);
    }

    [Fact]
    public void Parse_OnlyInsertions_IsRejectedForHavingNoSpeakerWords()
    {
        Assert.Equal("segments", Assert.Throws<ArgumentException>(() => Quotation.Parse("[North Korea]...")).ParamName);
    }

    [Fact]
    public void Translation_WithoutOriginalLanguage_ThrowsNamingOriginalLanguage()
    {
        Assert.Equal("originalLanguage", Assert.Throws<ArgumentException>(() => Quotation.Parse("We hope", QuoteRendering.Translation)).ParamName);
    }

    [Fact]
    public void Translation_WithOriginalLanguage_KeepsIt()
    {
        var quote = Quotation.Parse("We hope", QuoteRendering.Translation, "zh");

        Assert.Equal(QuoteRendering.Translation, quote.Rendering);
        Assert.Equal("zh", quote.OriginalLanguage);
    }

    [Fact]
    public void BadOriginalLanguage_ThrowsNamingOriginalLanguage()
    {
        Assert.Equal("originalLanguage", Assert.Throws<ArgumentException>(() => Quotation.Parse("We hope", QuoteRendering.Original, "Chinese")).ParamName);
    }

    [Fact]
    public void Equality_TwoTranslationsInDifferentWords_AreDifferentQuotations()
    {
        var a = Quotation.Parse("We hope [both sides] resolve it", QuoteRendering.Translation, "zh");
        var b = Quotation.Parse("We hope [both sides] resolve it", QuoteRendering.Translation, "zh");
        var c = Quotation.Parse("We hope the two sides settle it", QuoteRendering.Translation, "zh");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, Quotation.Parse("We hope [both sides] resolve it", QuoteRendering.Translation, "ko"));
    }

    [Fact]
    public void QuoteSegment_EmptyText_ThrowsNamingText()
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new QuoteSegment(QuoteSegmentKind.Verbatim, "")).ParamName);
    }

    [Fact]
    public void Paraphrase_BlankText_ThrowsNamingText()
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new Paraphrase(" ")).ParamName);
        Assert.Equal("China asked both sides to talk", new Paraphrase("China asked both sides to talk").PrintedText);
    }

    [Fact]
    public void Paraphrase_IsNotEqualToQuotationWithSameText()
    {
        StatementText paraphrase = new Paraphrase("We hope");
        StatementText quotation = Quotation.Parse("We hope");

        Assert.NotEqual(paraphrase, quotation);
    }
}
