using Diplomacy.Model.Comparison;
using Diplomacy.Model.DependencyInjection;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Seeds;
using Diplomacy.Model.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

// Extension methods for IServiceCollection live in this namespace by convention, so they are found
// without an extra using directive.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Diplomacy.Model's services in a dependency-injection container.</summary>
public static class DiplomacyModelServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, the incident JSON serializer (configured from
    /// <see cref="DiplomacyModelOptions"/>), the seed loader (reading with that serializer), the
    /// report comparer, the plausibility checker, and NodaTime's <see cref="IClock"/> (the system
    /// clock) if none is registered.
    /// Uses TryAdd, so a service the application registered first wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, if any.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDiplomacyModel(this IServiceCollection services, Action<DiplomacyModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.TryAddSingleton(provider => new IncidentJsonSerializer(provider.GetRequiredService<IOptions<DiplomacyModelOptions>>().Value.ToJsonOptions()));
        services.TryAddSingleton(provider => new SeedLoader(provider.GetRequiredService<IncidentJsonSerializer>()));
        services.TryAddSingleton(ReportComparer.Instance);
        services.TryAddSingleton(PlausibilityChecker.Instance);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}
