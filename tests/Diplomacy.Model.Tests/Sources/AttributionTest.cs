using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Tests.Sources;

public class AttributionTest
{
    [Fact]
    public void Constructor_NullOrUndefined_ThrowNamingArgument()
    {
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => new Attribution(null!, new TextSpan(0, "China"), AttributionBasis.ReporterAssertion)).ParamName);
        Assert.Equal("span", Assert.Throws<ArgumentNullException>(() => new Attribution(new("s"), null!, AttributionBasis.ReporterAssertion)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => new Attribution(new("s"), new TextSpan(0, "China"), (AttributionBasis)100)).ParamName);
    }

    [Fact]
    public void Equality_IncludesBasisAndGrade()
    {
        var a = new Attribution(new("s"), new TextSpan(0, "China"), AttributionBasis.AnonymousSources, new("sources"), AdmiraltyGrade.Parse("B2"));
        var b = new Attribution(new("s"), new TextSpan(0, "China"), AttributionBasis.AnonymousSources, new("sources"), AdmiraltyGrade.Parse("B2"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Attribution(new("s"), new TextSpan(0, "China"), AttributionBasis.ReporterAssertion, new("sources"), AdmiraltyGrade.Parse("B2")));
        Assert.NotEqual(a, new Attribution(new("s"), new TextSpan(0, "China"), AttributionBasis.AnonymousSources, new("sources"), AdmiraltyGrade.Parse("B3")));
    }

    [Fact]
    public void ToString_ContainsSourceQuoteAndBasis()
    {
        string text = new Attribution(new("src-000"), new TextSpan(0, "China"), AttributionBasis.NamedOfficial, new("spox")).ToString();

        Assert.Contains("src-000", text, StringComparison.Ordinal);
        Assert.Contains("\"China\"", text, StringComparison.Ordinal);
        Assert.Contains("NamedOfficial", text, StringComparison.Ordinal);
        Assert.Contains("spox", text, StringComparison.Ordinal);
    }
}
