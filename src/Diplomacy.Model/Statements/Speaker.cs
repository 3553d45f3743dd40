using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>
/// Who speaks: an actor (a person, a group, an organization or a state as a whole) and, for a
/// person speaking in an official capacity, the post they speak from.
/// </summary>
[Immutable]
public sealed record Speaker
{
    /// <summary>Creates a speaker.</summary>
    /// <param name="actor">The actor speaking.</param>
    /// <param name="post">The post spoken from; its holder must be <paramref name="actor"/> (checked by the incident).</param>
    public Speaker(Id<Actor> actor, Id<Post>? post = null)
    {
        Actor = Preconditions.CheckNotNull(actor);
        Post = post;
    }

    /// <summary>The actor speaking.</summary>
    public Id<Actor> Actor { get; }

    /// <summary>The post spoken from, or null.</summary>
    public Id<Post>? Post { get; }

    /// <summary>For example <c>zhao as chn-mfa-spokesperson</c>.</summary>
    public override string ToString() => Post is null ? Actor.ToString() : $"{Actor} as {Post}";
}
