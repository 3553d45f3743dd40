using Diplomacy.Model.Actors;
using Diplomacy.Model.Law;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Tests.Statements;

public class StatementTest
{
    private static readonly Speaker Spokesperson = new(new("spox"), new Id<Post>("spox-post"));

    [Fact]
    public void NoStance_ThrowsNamingStances()
    {
        Assert.Equal("stances", Assert.Throws<ArgumentException>(() => new Statement(new("s"), Spokesperson, [], TestData.Analyst())).ParamName);
    }

    [Fact]
    public void DuplicateStance_ThrowsNamingStances()
    {
        var error = Assert.Throws<ArgumentException>(() => new Statement(new("s"), Spokesperson, [Stance.UrgesResolution, Stance.Warns, Stance.UrgesResolution], TestData.Analyst()));

        Assert.Equal("stances", error.ParamName);
    }

    [Fact]
    public void UndefinedStance_ThrowsNamingStances()
    {
        Assert.Equal("stances", Assert.Throws<ArgumentOutOfRangeException>(() => new Statement(new("s"), Spokesperson, [(Stance)77], TestData.Analyst())).ParamName);
    }

    [Fact]
    public void InvokesTreaty_WithoutInstrument_ThrowsNamingInvokes()
    {
        Assert.Equal("invokes", Assert.Throws<ArgumentException>(() => new Statement(new("s"), Spokesperson, [Stance.InvokesTreaty], TestData.Analyst())).ParamName);
    }

    [Fact]
    public void DuplicateInstrument_ThrowsNamingInvokes()
    {
        var error = Assert.Throws<ArgumentException>(() => new Statement(new("s"), Spokesperson, [Stance.InvokesTreaty], TestData.Analyst(),
            invokes: [new Id<LegalInstrument>("vcdr-1961"), new Id<LegalInstrument>("vcdr-1961")]));

        Assert.Equal("invokes", error.ParamName);
    }

    [Fact]
    public void InvokesTreaty_WithInstrument_IsAccepted()
    {
        var statement = new Statement(new("s"), Spokesperson, [Stance.InvokesTreaty], TestData.Analyst(), invokes: [new Id<LegalInstrument>("vcdr-1961")]);

        Assert.True(statement.Takes(Stance.InvokesTreaty));
        Assert.False(statement.Takes(Stance.Protests));
        Assert.Equal(AddresseeScope.Unspecified, statement.Addressees.Scope);
    }

    [Fact]
    public void NullSpeakerOrProvenance_Throws()
    {
        Assert.Equal("speaker", Assert.Throws<ArgumentNullException>(() => new Statement(new("s"), null!, [Stance.Confirms], TestData.Analyst())).ParamName);
        Assert.Equal("provenance", Assert.Throws<ArgumentNullException>(() => new Statement(new("s"), Spokesperson, [Stance.Confirms], null!)).ParamName);
        Assert.Equal("actor", Assert.Throws<ArgumentNullException>(() => new Speaker(null!)).ParamName);
    }

    [Fact]
    public void WithStances_RevalidatesAndKeepsTheRest()
    {
        var original = TestData.ChinaStatement();

        var changed = original.WithStances([Stance.UrgesResolution, Stance.InvokesTreaty, Stance.AssertsNonInterference]);

        Assert.Equal([Stance.UrgesResolution, Stance.InvokesTreaty, Stance.AssertsNonInterference], changed.Stances);
        Assert.Equal(original.Text, changed.Text);
        Assert.Equal(original.Invokes, changed.Invokes);
        Assert.Equal("stances", Assert.Throws<ArgumentException>(() => original.WithStances([])).ParamName);
    }

    [Fact]
    public void Equality_IndependentlyBuilt_AndOneFieldChanged()
    {
        var a = TestData.ChinaStatement();
        var b = TestData.ChinaStatement();

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, a.WithText(Quotation.Parse("We hope [both sides] resolve this")));
        Assert.NotEqual(a, a.WithStances([Stance.InvokesTreaty, Stance.UrgesResolution]));
        Assert.NotEqual(a, a.WithText(null));
    }

    [Fact]
    public void Venue_BlankDescription_ThrowsNamingDescription()
    {
        Assert.Equal("description", Assert.Throws<ArgumentException>(() => new Venue(VenueKind.RegularPressBriefing, "")).ParamName);
        Assert.Equal("RegularPressBriefing (daily briefing)", new Venue(VenueKind.RegularPressBriefing, "daily briefing").ToString());
    }

    [Fact]
    public void ToString_ContainsSpeakerStanceAndText()
    {
        string text = TestData.ChinaStatement().ToString();

        Assert.Contains("spox", text, StringComparison.Ordinal);
        Assert.Contains("UrgesResolution", text, StringComparison.Ordinal);
        Assert.Contains("We hope [both sides] resolve it", text, StringComparison.Ordinal);
    }
}
