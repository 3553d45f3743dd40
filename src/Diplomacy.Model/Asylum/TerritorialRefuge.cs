using Diplomacy.Model.Geography;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>Refuge on a state's territory (territorial asylum or refugee status).</summary>
public sealed record TerritorialRefuge : PlaceOfRefuge
{
    /// <summary>Creates the place.</summary>
    /// <param name="location">Where on which state's territory.</param>
    public TerritorialRefuge(Location location)
    {
        Location = Preconditions.CheckNotNull(location);
    }

    /// <summary>Where on which state's territory.</summary>
    public Location Location { get; }

    /// <summary>For example <c>territory of kor (Seoul)</c>.</summary>
    public override string ToString() => $"territory: {Location}";
}
