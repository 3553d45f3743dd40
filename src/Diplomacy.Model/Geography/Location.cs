using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Geography;

/// <summary>
/// A place on a state's territory: the state, and optionally a city, an ISO 3166-2 subdivision and
/// coordinates. Used where a post is exercised, an event takes place, or refuge is taken outside a mission.
/// </summary>
[Immutable]
public sealed record Location
{
    /// <summary>Creates a location.</summary>
    /// <param name="country">The state on whose territory the place lies.</param>
    /// <param name="city">The city, if known.</param>
    /// <param name="subdivision">The ISO 3166-2 subdivision code (such as <c>KR-11</c>), if known.</param>
    /// <param name="coordinates">The coordinates, if known.</param>
    public Location(Id<Actor> country, string? city = null, string? subdivision = null, GeoCoordinates? coordinates = null)
    {
        Country = Preconditions.CheckNotNull(country);
        City = Preconditions.CheckNullOrNotBlank(city);
        Subdivision = Iso3166Subdivision.CheckNullOrValid(subdivision);
        Coordinates = coordinates;
    }

    /// <summary>The state on whose territory the place lies.</summary>
    public Id<Actor> Country { get; }

    /// <summary>The city, or null.</summary>
    public string? City { get; }

    /// <summary>The ISO 3166-2 subdivision code, or null.</summary>
    public string? Subdivision { get; }

    /// <summary>The coordinates, or null.</summary>
    public GeoCoordinates? Coordinates { get; }

    /// <summary>The city and country, for example <c>Beijing, chn</c>.</summary>
    public override string ToString() => City is null ? Country.ToString() : $"{City}, {Country}";
}
