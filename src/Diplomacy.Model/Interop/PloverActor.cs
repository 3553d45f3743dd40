using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>
/// A PLOVER actor object: the text naming the actor, its three-letter top-level code (a country),
/// its sector (<c>GOV</c>, <c>MIL</c>…), the office it acts from, and its Wikidata item as the
/// unique identifier PLOVER asks for.
/// </summary>
[Immutable]
public sealed record PloverActor
{
    /// <summary>Creates an actor object.</summary>
    /// <param name="actorText">The actor's name or description (PLOVER <c>actor_text</c>).</param>
    /// <param name="code">The three-letter top-level code, such as <c>CHN</c> (<c>code</c>), if known.</param>
    /// <param name="sector">The three- or six-letter sector, such as <c>GOV</c> (<c>sector</c>), if known.</param>
    /// <param name="identifierId">The Wikidata item (<c>identifier_id</c>), if known.</param>
    /// <param name="office">The office or post acted from, such as "foreign ministry spokesperson" (<c>office</c>), if any.</param>
    /// <exception cref="ArgumentException">The text is blank, or a code or sector is not three (or six) uppercase letters.</exception>
    public PloverActor(string actorText, string? code = null, string? sector = null, WikidataId? identifierId = null, string? office = null)
    {
        ActorText = Preconditions.CheckNotBlank(actorText);
        Preconditions.CheckArgument(code is null || (code.Length == 3 && code.All(char.IsAsciiLetterUpper)), nameof(code),
            $"A PLOVER actor code is three uppercase letters, such as 'CHN'; got '{code}'.");
        Preconditions.CheckArgument(sector is null || (sector.Length is 3 or 6 && sector.All(char.IsAsciiLetterUpper)), nameof(sector),
            $"A PLOVER sector is three or six uppercase letters, such as 'GOV'; got '{sector}'.");
        Code = code;
        Sector = sector;
        IdentifierId = identifierId;
        Office = Preconditions.CheckNullOrNotBlank(office);
    }

    /// <summary>The actor's name or description.</summary>
    public string ActorText { get; }

    /// <summary>The three-letter top-level code, or null.</summary>
    public string? Code { get; }

    /// <summary>The sector, or null.</summary>
    public string? Sector { get; }

    /// <summary>The Wikidata item, or null.</summary>
    public WikidataId? IdentifierId { get; }

    /// <summary>The office acted from, or null.</summary>
    public string? Office { get; }

    /// <summary>For example <c>Zhao Lijian (CHN GOV, Q…)</c>.</summary>
    public override string ToString() =>
        $"{ActorText} ({string.Join(" ", new[] { Code, Sector, IdentifierId?.Value }.OfType<string>())})";
}
