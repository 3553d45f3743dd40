using Diplomacy.Model.Comparison;
using Diplomacy.Model.DependencyInjection;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Diplomacy.Model.Tests.DependencyInjection;

public class DiplomacyModelServiceCollectionExtensionsTest
{
    [Fact]
    public void AddDiplomacyModel_RegistersEveryServiceAsASingleton()
    {
        using var provider = new ServiceCollection().AddDiplomacyModel().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<IncidentJsonSerializer>(), provider.GetRequiredService<IncidentJsonSerializer>());
        Assert.Same(ReportComparer.Instance, provider.GetRequiredService<ReportComparer>());
        Assert.Same(PlausibilityChecker.Instance, provider.GetRequiredService<PlausibilityChecker>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(provider.GetRequiredService<SeedLoader>(), provider.GetRequiredService<SeedLoader>());
    }

    [Fact]
    public void AddDiplomacyModel_SeedLoaderLoadsTheBundledSeeds()
    {
        using var provider = new ServiceCollection().AddDiplomacyModel(options => options.IndentedJson = false).BuildServiceProvider();

        var seeds = provider.GetRequiredService<SeedLoader>().LoadBundled();

        Assert.Equal(["000_4a349343ccaee4b6", "001_fed66e88e93c876f"], seeds.Select(s => s.Name));
    }

    [Fact]
    public void AddDiplomacyModel_WithoutConfiguration_UsesTheDefaultJsonOptions()
    {
        using var provider = new ServiceCollection().AddDiplomacyModel().BuildServiceProvider();

        var options = provider.GetRequiredService<IncidentJsonSerializer>().Options;

        Assert.True(options.Indented);
        Assert.Equal(32, options.MaxDepth);
        Assert.Equal(16L * 1024 * 1024, options.MaxDocumentBytes);
    }

    [Fact]
    public void AddDiplomacyModel_AppliesTheConfiguredOptionsToTheSerializer()
    {
        using var provider = new ServiceCollection()
            .AddDiplomacyModel(options =>
            {
                options.IndentedJson = false;
                options.MaxDepth = 20;
                options.MaxDocumentBytes = 4096;
            })
            .BuildServiceProvider();

        var serializer = provider.GetRequiredService<IncidentJsonSerializer>();

        Assert.Equal(new IncidentJsonOptions(indented: false, maxDepth: 20, maxDocumentBytes: 4096), serializer.Options);
        Assert.DoesNotContain('\n', serializer.Serialize(TestData.Incident()));
    }

    [Fact]
    public void AddDiplomacyModel_KeepsServicesTheApplicationRegisteredFirst()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 23, 12, 0));
        var serializer = new IncidentJsonSerializer(new IncidentJsonOptions(indented: false));
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton(serializer)
            .AddDiplomacyModel(options => options.IndentedJson = true)
            .BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(serializer, provider.GetRequiredService<IncidentJsonSerializer>());
    }

    [Fact]
    public void AddDiplomacyModel_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection().AddDiplomacyModel().AddDiplomacyModel();

        Assert.Single(services, d => d.ServiceType == typeof(IncidentJsonSerializer));
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void AddDiplomacyModel_WithAnInvalidLimit_FailsWhenTheSerializerIsResolved_NamingTheLimit()
    {
        using var provider = new ServiceCollection().AddDiplomacyModel(options => options.MaxDepth = 0).BuildServiceProvider();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => provider.GetRequiredService<IncidentJsonSerializer>());

        Assert.Equal("maxDepth", error.ParamName);
    }

    [Fact]
    public void AddDiplomacyModel_OnNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DiplomacyModelServiceCollectionExtensions.AddDiplomacyModel(null!));
    }

    [Fact]
    public void DiplomacyModelOptions_DescribeTheJsonOptions()
    {
        var options = new DiplomacyModelOptions { IndentedJson = false, MaxDepth = 10, MaxDocumentBytes = 100 };

        Assert.Equal(new IncidentJsonOptions(false, 10, 100), options.ToJsonOptions());
    }
}
