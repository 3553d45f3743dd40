using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>A person the sources name ("Ri Pyong-chol"); other spellings are aliases.</summary>
public sealed record NamedPerson : Person
{
    /// <summary>Creates a named person.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="name">The name as the analyst writes it.</param>
    /// <param name="nationality">The person's state, if known.</param>
    /// <param name="aliases">Other spellings, orders and forms of address.</param>
    /// <param name="wikidata">The Wikidata item, if known.</param>
    public NamedPerson(Id<Actor> id, string name, Id<Actor>? nationality = null, EquatableArray<Alias> aliases = default, WikidataId? wikidata = null)
        : base(id, nationality, aliases, wikidata)
    {
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string DisplayName => Name;

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
