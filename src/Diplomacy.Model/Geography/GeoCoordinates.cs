using Diplomacy.Model.Annotations;

namespace Diplomacy.Model.Geography;

/// <summary>A point on the WGS 84 ellipsoid, in decimal degrees.</summary>
[Immutable]
public sealed record GeoCoordinates
{
    /// <summary>Creates a point.</summary>
    /// <param name="latitude">Degrees north (−90 to 90).</param>
    /// <param name="longitude">Degrees east (−180 to 180).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not a number.</exception>
    public GeoCoordinates(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }
        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }
        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north.</summary>
    public double Latitude { get; }

    /// <summary>Degrees east.</summary>
    public double Longitude { get; }

    /// <summary>The point as <c>latitude, longitude</c> with invariant formatting.</summary>
    public override string ToString() => FormattableString.Invariant($"{Latitude}, {Longitude}");
}
