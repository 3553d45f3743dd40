using Diplomacy.Model.Incidents;

namespace Diplomacy.Model.Tests.Incidents;

public class ReportTest
{
    [Fact]
    public void Report_OfOneSource_ExposesIt()
    {
        var report = new Report(TestData.Incident());

        Assert.Equal("src-000", report.Source.Id.Value);
        Assert.Contains("src-000", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithNoSource_ThrowsNamingAccount()
    {
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => new Report(new Incident(new("i"), "t"))).ParamName);
    }

    [Fact]
    public void Report_WithTwoSources_ThrowsNamingAccount()
    {
        var incident = TestData.Incident(sources: [TestData.Source(), TestData.Source("src-001")]);

        var error = Assert.Throws<ArgumentException>(() => new Report(incident));

        Assert.Equal("account", error.ParamName);
        Assert.Contains("2 sources", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Null_Throws()
    {
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => new Report(null!)).ParamName);
    }

    [Fact]
    public void Equality_FollowsTheAccount()
    {
        var a = new Report(TestData.Incident());
        var b = new Report(TestData.Incident());

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Report(TestData.Incident(title: "other")));
    }
}
