using System.Text;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// A sovereign state, identified by its ISO 3166-1 alpha-3 code. Its aliases include short names
/// ("North Korea"), abbreviations ("DPRK"), informal names ("the North") and capital-for-government
/// metonyms ("Pyongyang", "Seoul").
/// </summary>
public sealed record State : Actor
{
    /// <summary>Creates a state.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="code">The ISO 3166-1 alpha-3 code.</param>
    /// <param name="name">The common English name ("South Korea").</param>
    /// <param name="aliases">Other names used by sources.</param>
    /// <param name="cameoCode">The CAMEO country actor code (usually the same alpha-3), if used.</param>
    /// <param name="wikidata">The Wikidata item, if known.</param>
    public State(Id<Actor> id, CountryCode code, string name, EquatableArray<Alias> aliases = default, string? cameoCode = null, WikidataId? wikidata = null)
        : base(id, aliases, wikidata)
    {
        Code = Preconditions.CheckNotNull(code);
        Name = Preconditions.CheckNotBlank(name);
        Preconditions.CheckArgument(cameoCode is null || (cameoCode.Length == 3 && cameoCode.All(char.IsAsciiLetterUpper)), nameof(cameoCode),
            $"A CAMEO country code is three uppercase letters; got '{cameoCode}'.");
        CameoCode = cameoCode;
    }

    /// <summary>The ISO 3166-1 alpha-3 code.</summary>
    public CountryCode Code { get; }

    /// <summary>The common English name.</summary>
    public string Name { get; }

    /// <summary>The CAMEO country actor code, or null.</summary>
    public string? CameoCode { get; }

    /// <inheritdoc />
    public override string DisplayName => Name;

    /// <summary>Returns a copy with <paramref name="alias"/> added.</summary>
    /// <param name="alias">The alias to add.</param>
    public State WithAlias(Alias alias) => new(Id, Code, Name, [.. Aliases, Preconditions.CheckNotNull(alias)], CameoCode, Wikidata);

    /// <summary>The name and code, for example <c>South Korea (KOR)</c>.</summary>
    public override string ToString() => $"{Name} ({Code})";
}
