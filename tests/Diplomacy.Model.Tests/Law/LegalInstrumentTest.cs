using Diplomacy.Model.Law;

namespace Diplomacy.Model.Tests.Law;

public class LegalInstrumentTest
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankTitle_ThrowsNamingTitle(string title)
    {
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => new LegalInstrument(new("x"), title, LegalInstrumentKind.Other)).ParamName);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10000)]
    public void Constructor_YearOutOfRange_ThrowsNamingYear(int year)
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new LegalInstrument(new("x"), "Treaty", LegalInstrumentKind.Other, year)).ParamName);
    }

    [Fact]
    public void Constructor_BlankShortName_ThrowsNamingShortName()
    {
        Assert.Equal("shortName", Assert.Throws<ArgumentException>(() => new LegalInstrument(new("x"), "Treaty", LegalInstrumentKind.Other, shortName: "")).ParamName);
    }

    [Fact]
    public void WellKnown_HasTheConventionsWithStableIds()
    {
        Assert.Equal(
            ["refugee-convention-1951", "caracas-1954", "vcdr-1961", "vccr-1963", "vienna-1975"],
            LegalInstrument.WellKnown.Select(i => i.Id.Value));
        Assert.Equal("VCDR (1961)", LegalInstrument.Vcdr1961.ToString());
    }

    [Fact]
    public void Equality_ByValue()
    {
        Assert.Equal(new LegalInstrument(new("vcdr-1961"), "Vienna Convention on Diplomatic Relations", LegalInstrumentKind.MultilateralTreaty, 1961, "VCDR"), LegalInstrument.Vcdr1961);
        Assert.NotEqual(new LegalInstrument(new("vcdr-1961"), "Vienna Convention on Diplomatic Relations", LegalInstrumentKind.MultilateralTreaty, 1962, "VCDR"), LegalInstrument.Vcdr1961);
    }
}
