using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// A person whom the source describes but does not name ("a North Korean official, who has not
/// been named"). A real actor whose name is unknown: comparison may align it with a named person.
/// </summary>
public sealed record UnnamedPerson : Person
{
    /// <summary>Creates an unnamed person.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="description">How the source describes the person.</param>
    /// <param name="nationality">The person's state, if known.</param>
    /// <param name="aliases">Other descriptions used.</param>
    public UnnamedPerson(Id<Actor> id, string description, Id<Actor>? nationality = null, EquatableArray<Alias> aliases = default)
        : base(id, nationality, aliases, null)
    {
        Description = Preconditions.CheckNotBlank(description);
    }

    /// <summary>How the source describes the person.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public override string DisplayName => Description;

    /// <summary>The description, marked as unnamed.</summary>
    public override string ToString() => $"{Description} (unnamed)";
}
