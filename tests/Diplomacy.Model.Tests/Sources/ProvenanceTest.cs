using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Sources;

public class ProvenanceTest
{
    [Fact]
    public void Cited_WithNoAttribution_ThrowsNamingAttributions()
    {
        Assert.Equal("attributions", Assert.Throws<ArgumentException>(() => Provenance.Cited()).ParamName);
        Assert.Equal("attributions", Assert.Throws<ArgumentException>(() => Provenance.Cited(new List<Attribution>())).ParamName);
    }

    [Fact]
    public void Cited_NullAttribution_IsRejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => Provenance.Cited(new Attribution[] { null! }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Analyst_BlankRationale_ThrowsNamingRationale(string rationale)
    {
        Assert.Equal("rationale", Assert.Throws<ArgumentException>(() => Provenance.Analyst(rationale)).ParamName);
    }

    [Fact]
    public void IsAnalystAssertion_TrueOnlyForAnalyst()
    {
        var analyst = Provenance.Analyst("inferred from the dateline");
        var cited = Provenance.Cited(TestData.Cite("src-000", 0, "China"));

        Assert.True(analyst.IsAnalystAssertion);
        Assert.Equal("inferred from the dateline", analyst.AnalystRationale);
        Assert.Empty(analyst.Attributions);
        Assert.False(cited.IsAnalystAssertion);
        Assert.Null(cited.AnalystRationale);
        Assert.Single(cited.Attributions);
    }

    [Fact]
    public void And_AppendsAndTurnsAnalystIntoCited()
    {
        var first = TestData.Cite("src-000", 0, "China");
        var second = TestData.Cite("src-001", 4, "Beijing");

        var cited = Provenance.Cited(first).And(second);
        var fromAnalyst = Provenance.Analyst("guess").And(second);

        Assert.Equal([first, second], cited.Attributions);
        Assert.False(fromAnalyst.IsAnalystAssertion);
        Assert.Null(fromAnalyst.AnalystRationale);
    }

    [Fact]
    public void Equality_ByContent()
    {
        Assert.Equal(Provenance.Cited(TestData.Cite("src-000", 0, "China")), Provenance.Cited(TestData.Cite("src-000", 0, "China")));
        Assert.NotEqual(Provenance.Cited(TestData.Cite("src-000", 0, "China")), Provenance.Cited(TestData.Cite("src-000", 1, "China")));
        Assert.NotEqual(Provenance.Analyst("a"), Provenance.Analyst("b"));
        Assert.Equal(Provenance.Analyst("a").GetHashCode(), Provenance.Analyst("a").GetHashCode());
    }

    [Fact]
    public void ToString_SaysAnalyst()
    {
        Assert.Contains("analyst", Provenance.Analyst("my reading").ToString(), StringComparison.Ordinal);
        Assert.Contains("my reading", Provenance.Analyst("my reading").ToString(), StringComparison.Ordinal);
    }
}
