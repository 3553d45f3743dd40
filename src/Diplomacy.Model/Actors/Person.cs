namespace Diplomacy.Model.Actors;

/// <summary>
/// A human actor: a <see cref="NamedPerson"/>, an <see cref="UnnamedPerson"/> whom the source
/// describes but does not name (a real actor with unknown name, not a missing one), or a
/// <see cref="PersonGroup"/> ("sources", "South Korean officials").
/// </summary>
public abstract record Person : Actor
{
    private protected Person(Id<Actor> id, Id<Actor>? nationality, EquatableArray<Alias> aliases, WikidataId? wikidata)
        : base(id, aliases, wikidata)
    {
        Nationality = nationality;
    }

    /// <summary>The state whose national (or, for a group, whose officials) the person is, if known.</summary>
    public Id<Actor>? Nationality { get; }
}
