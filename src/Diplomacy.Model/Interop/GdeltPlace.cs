using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>Where GDELT places the action of an event (its ActionGeo columns).</summary>
[Immutable]
public sealed record GdeltPlace
{
    /// <summary>Creates a place.</summary>
    /// <param name="type">The resolution: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.</param>
    /// <param name="fullName">The place's full name (<c>Beijing, Beijing, China</c>), if any.</param>
    /// <param name="countryCode">The FIPS 10-4 country code (<c>CH</c>), if any.</param>
    /// <param name="latitude">The latitude in degrees, if given.</param>
    /// <param name="longitude">The longitude in degrees, if given.</param>
    /// <exception cref="ArgumentException">The type is not 1–5, a text is blank, or a coordinate is out of range.</exception>
    public GdeltPlace(int type, string? fullName = null, string? countryCode = null, double? latitude = null, double? longitude = null)
    {
        Type = Preconditions.CheckArgumentRange(type, 1, 5);
        FullName = Preconditions.CheckNullOrNotBlank(fullName);
        CountryCode = Preconditions.CheckNullOrNotBlank(countryCode);
        Preconditions.CheckArgument(latitude is null || latitude is >= -90 and <= 90, nameof(latitude), $"A latitude is −90 to 90 degrees; got {latitude}.");
        Preconditions.CheckArgument(longitude is null || longitude is >= -180 and <= 180, nameof(longitude), $"A longitude is −180 to 180 degrees; got {longitude}.");
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>The resolution, 1 to 5.</summary>
    public int Type { get; }

    /// <summary>The full name, or null.</summary>
    public string? FullName { get; }

    /// <summary>The FIPS 10-4 country code, or null.</summary>
    public string? CountryCode { get; }

    /// <summary>The latitude, or null.</summary>
    public double? Latitude { get; }

    /// <summary>The longitude, or null.</summary>
    public double? Longitude { get; }

    /// <summary>The full name.</summary>
    public override string ToString() => FullName ?? CountryCode ?? $"type {Type}";
}
