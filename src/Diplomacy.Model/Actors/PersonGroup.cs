using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// Several people spoken of together: "South Korean officials", or anonymous "sources".
/// </summary>
public sealed record PersonGroup : Person
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="description">How the source describes the group.</param>
    /// <param name="isAnonymous">Whether the source withholds who they are ("according to sources").</param>
    /// <param name="nationality">The state the group belongs to or serves, if known.</param>
    /// <param name="aliases">Other descriptions used.</param>
    public PersonGroup(Id<Actor> id, string description, bool isAnonymous, Id<Actor>? nationality = null, EquatableArray<Alias> aliases = default)
        : base(id, nationality, aliases, null)
    {
        Description = Preconditions.CheckNotBlank(description);
        IsAnonymous = isAnonymous;
    }

    /// <summary>How the source describes the group.</summary>
    public string Description { get; }

    /// <summary>Whether the source withholds who they are.</summary>
    public bool IsAnonymous { get; }

    /// <inheritdoc />
    public override string DisplayName => Description;

    /// <summary>The description, marked as a group.</summary>
    public override string ToString() => IsAnonymous ? $"{Description} (anonymous group)" : $"{Description} (group)";
}
