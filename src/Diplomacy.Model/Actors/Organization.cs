using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// A government body or other institution: a foreign ministry, a party, the UN. It belongs to a
/// state, or to none (an international organization).
/// </summary>
public sealed record Organization : Actor
{
    /// <summary>Creates an organization.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="name">The name ("Ministry of Foreign Affairs of the People's Republic of China").</param>
    /// <param name="kind">What kind of body it is.</param>
    /// <param name="state">The state it belongs to, or null for an international or non-state body.</param>
    /// <param name="aliases">Other names used by sources ("China's foreign ministry").</param>
    /// <param name="wikidata">The Wikidata item, if known.</param>
    public Organization(Id<Actor> id, string name, OrganizationKind kind, Id<Actor>? state = null, EquatableArray<Alias> aliases = default, WikidataId? wikidata = null)
        : base(id, aliases, wikidata)
    {
        Name = Preconditions.CheckNotBlank(name);
        Kind = Preconditions.CheckDefined(kind);
        State = state;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>What kind of body it is.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The state it belongs to, or null.</summary>
    public Id<Actor>? State { get; }

    /// <inheritdoc />
    public override string DisplayName => Name;

    /// <summary>The name and kind, for example <c>Ministry of Foreign Affairs (Ministry, chn)</c>.</summary>
    public override string ToString() => State is null ? $"{Name} ({Kind})" : $"{Name} ({Kind}, {State})";
}
