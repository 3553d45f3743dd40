using Diplomacy.Model.Annotations;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Actors;

/// <summary>
/// A role held by a person: "trade representative" of North Korea in China, "foreign ministry
/// spokesperson", "leader", "president". Speaking for a state is done through a post.
/// </summary>
[Immutable]
public sealed record Post
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">The post's id within the incident.</param>
    /// <param name="holder">The person holding the post.</param>
    /// <param name="title">The title as the analyst writes it ("trade representative").</param>
    /// <param name="serves">The organization or state the post serves.</param>
    /// <param name="provenance">Where the post is stated.</param>
    /// <param name="exercisedIn">Where the post is exercised (China, for a trade representative in China), if stated.</param>
    /// <param name="validity">The days the post was held, if known.</param>
    public Post(Id<Post> id, Id<Actor> holder, string title, Id<Actor> serves, Provenance provenance, Location? exercisedIn = null, DateInterval? validity = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Holder = Preconditions.CheckNotNull(holder);
        Title = Preconditions.CheckNotBlank(title);
        Serves = Preconditions.CheckNotNull(serves);
        Provenance = Preconditions.CheckNotNull(provenance);
        ExercisedIn = exercisedIn;
        Validity = validity;
    }

    /// <summary>The post's id within the incident.</summary>
    public Id<Post> Id { get; }

    /// <summary>The person holding the post.</summary>
    public Id<Actor> Holder { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The organization or state the post serves.</summary>
    public Id<Actor> Serves { get; }

    /// <summary>Where the post is stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>Where the post is exercised, or null.</summary>
    public Location? ExercisedIn { get; }

    /// <summary>The days the post was held, or null when unknown.</summary>
    public DateInterval? Validity { get; }

    /// <summary>The title, holder and served body, for example <c>trade representative: ri (serves prk)</c>.</summary>
    public override string ToString() => $"{Title}: {Holder} (serves {Serves}{(ExercisedIn is null ? "" : ", in " + ExercisedIn)})";
}
