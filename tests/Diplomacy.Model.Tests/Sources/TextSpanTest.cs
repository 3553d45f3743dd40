using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Sources;

public class TextSpanTest
{
    // "🇰🇷" is two code points (regional indicators), each a surrogate pair; "😀" is one code point, two UTF-16 units.
    private const string EmojiText = "😀 Seoul 🇰🇷 said Seoul";

    [Fact]
    public void Constructor_NegativeStart_ThrowsNamingStart()
    {
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, "Seoul")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankQuote_ThrowsNamingQuote(string quote)
    {
        Assert.Equal("quote", Assert.Throws<ArgumentException>(() => new TextSpan(0, quote)).ParamName);
    }

    [Fact]
    public void Length_CountsCodePoints()
    {
        var span = new TextSpan(3, "😀 Seoul");

        Assert.Equal(7, span.Length);
        Assert.Equal(10, span.End);
    }

    [Fact]
    public void Find_OffsetsCountCodePointsNotUtf16Units()
    {
        var first = TextSpan.Find(EmojiText, "Seoul");
        var second = TextSpan.Find(EmojiText, "Seoul", occurrence: 2);

        Assert.Equal(2, first.Start);
        Assert.Equal(5, first.Length);
        // 😀, space, Seoul (5), space, 🇰, 🇷, space, said (4), space = 16 code points before the second "Seoul".
        Assert.Equal(16, second.Start);
    }

    [Fact]
    public void Find_MissingOccurrence_ThrowsNamingQuote()
    {
        Assert.Equal("quote", Assert.Throws<ArgumentException>(() => TextSpan.Find(EmojiText, "Seoul", occurrence: 3)).ParamName);
        Assert.Equal("quote", Assert.Throws<ArgumentException>(() => TextSpan.Find(EmojiText, "Beijing")).ParamName);
    }

    [Fact]
    public void Find_OccurrenceBelowOne_ThrowsNamingOccurrence()
    {
        Assert.Equal("occurrence", Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.Find(EmojiText, "Seoul", occurrence: 0)).ParamName);
    }

    [Fact]
    public void TryLocate_ConvertsCodePointsToUtf16()
    {
        var span = new TextSpan(16, "Seoul");

        Assert.True(span.TryLocate(EmojiText, out int start, out int length));
        // UTF-16: 😀(2) space(1) Seoul(5) space(1) 🇰🇷(4) space(1) said(4) space(1) = 19.
        Assert.Equal(19, start);
        Assert.Equal(5, length);
    }

    [Fact]
    public void TryLocate_QuoteWithEmoji_HasUtf16LengthOfThePair()
    {
        var span = new TextSpan(8, "🇰🇷");

        Assert.True(span.TryLocate(EmojiText, out int start, out int length));
        Assert.Equal(9, start);
        Assert.Equal(4, length);
        Assert.True(span.MatchesIn(EmojiText));
    }

    [Fact]
    public void MatchesIn_RightOffsetAndQuote_IsTrue()
    {
        Assert.True(new TextSpan(2, "Seoul").MatchesIn(EmojiText));
        Assert.True(new TextSpan(16, "Seoul").MatchesIn(EmojiText));
    }

    [Theory]
    [InlineData(3)] // UTF-16 offset of "Seoul": wrong once offsets count code points
    [InlineData(1)]
    [InlineData(17)]
    public void MatchesIn_ShiftedOffset_IsFalse(int start)
    {
        Assert.False(new TextSpan(start, "Seoul").MatchesIn(EmojiText));
    }

    [Fact]
    public void MatchesIn_SpanPastTheEnd_IsFalse()
    {
        var span = new TextSpan(18, "Seoul");

        Assert.False(span.TryLocate(EmojiText, out _, out _));
        Assert.False(span.MatchesIn(EmojiText));
    }

    [Fact]
    public void Equality_AndToString()
    {
        Assert.Equal(new TextSpan(2, "Seoul"), new TextSpan(2, "Seoul"));
        Assert.NotEqual(new TextSpan(2, "Seoul"), new TextSpan(3, "Seoul"));
        Assert.Equal("[2..7) \"Seoul\"", new TextSpan(2, "Seoul").ToString());
    }
}
