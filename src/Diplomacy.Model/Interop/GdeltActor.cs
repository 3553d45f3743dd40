using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>One side of a GDELT event, as GDELT coded it: its full CAMEO code, name, country and first role.</summary>
[Immutable]
public sealed record GdeltActor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="code">The full CAMEO actor code (<c>CHNGOV</c>), if coded.</param>
    /// <param name="name">The name GDELT gives (<c>CHINA</c>), if any.</param>
    /// <param name="countryCode">The CAMEO country code (<c>CHN</c>), if coded.</param>
    /// <param name="type1Code">The first role code (<c>GOV</c>), if coded.</param>
    /// <exception cref="ArgumentException">All four are absent, or one is blank.</exception>
    public GdeltActor(string? code, string? name = null, string? countryCode = null, string? type1Code = null)
    {
        Code = Preconditions.CheckNullOrNotBlank(code);
        Name = Preconditions.CheckNullOrNotBlank(name);
        CountryCode = Preconditions.CheckNullOrNotBlank(countryCode);
        Type1Code = Preconditions.CheckNullOrNotBlank(type1Code);
        Preconditions.CheckArgument(code is not null || name is not null || countryCode is not null || type1Code is not null, nameof(code),
            "A GDELT actor has at least a code, a name, a country or a role.");
    }

    /// <summary>The full CAMEO actor code, or null.</summary>
    public string? Code { get; }

    /// <summary>The name, or null.</summary>
    public string? Name { get; }

    /// <summary>The CAMEO country code, or null.</summary>
    public string? CountryCode { get; }

    /// <summary>The first role code, or null.</summary>
    public string? Type1Code { get; }

    /// <summary>The name and code, for example <c>CHINA (CHNGOV)</c>.</summary>
    public override string ToString() => $"{Name ?? "?"} ({Code ?? "-"})";
}
