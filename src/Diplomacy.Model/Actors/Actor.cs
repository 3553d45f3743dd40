using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// Someone who acts in an incident: a <see cref="State"/>, an <see cref="Organization"/>, or a
/// <see cref="Person"/> (named, unnamed but described, or a group). The hierarchy is closed.
/// </summary>
[Immutable]
public abstract record Actor
{
    private protected Actor(Id<Actor> id, EquatableArray<Alias> aliases, WikidataId? wikidata)
    {
        Id = Preconditions.CheckNotNull(id);
        Aliases = aliases;
        Wikidata = wikidata;
    }

    /// <summary>The actor's id within the incident.</summary>
    public Id<Actor> Id { get; }

    /// <summary>The other names and descriptions sources use for the actor, with where they were read.</summary>
    public EquatableArray<Alias> Aliases { get; }

    /// <summary>The actor's Wikidata item, if known.</summary>
    public WikidataId? Wikidata { get; }

    /// <summary>The name to show: the actor's name or, for an unnamed actor, its description.</summary>
    public abstract string DisplayName { get; }

    /// <summary>
    /// Whether <paramref name="text"/> is this actor's display name or one of its aliases, ignoring
    /// letter case, hyphens and spacing ("Hwang Jang Yop" matches "Hwang Jang-yop").
    /// </summary>
    /// <param name="text">The words to test.</param>
    public bool IsKnownAs(string text)
    {
        Preconditions.CheckNotNull(text);
        string key = NameKey(text);
        return NameKey(DisplayName) == key || Aliases.Any(alias => NameKey(alias.Text) == key);
    }

    // Romanizations differ mostly in case, hyphens and spaces: compare letters and digits only.
    internal static string NameKey(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
}
