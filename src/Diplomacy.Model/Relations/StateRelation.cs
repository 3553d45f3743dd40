using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Relations;

/// <summary>
/// A relation between two states, as stated by a source or known to the analyst. Relations are
/// symmetric: the order of the two states carries no meaning.
/// </summary>
[Immutable]
public sealed record StateRelation
{
    /// <summary>Creates a relation.</summary>
    /// <param name="first">One state.</param>
    /// <param name="second">The other state; must differ from <paramref name="first"/>.</param>
    /// <param name="kind">The relation.</param>
    /// <param name="provenance">Where it is stated.</param>
    /// <exception cref="ArgumentException">Both states are the same.</exception>
    public StateRelation(Id<Actor> first, Id<Actor> second, StateRelationKind kind, Provenance provenance)
    {
        First = Preconditions.CheckNotNull(first);
        Second = Preconditions.CheckNotNull(second);
        Preconditions.CheckArgument(first != second, nameof(second), $"A relation needs two different states; both are '{first}'.");
        Kind = Preconditions.CheckDefined(kind);
        Provenance = Preconditions.CheckNotNull(provenance);
    }

    /// <summary>One state.</summary>
    public Id<Actor> First { get; }

    /// <summary>The other state.</summary>
    public Id<Actor> Second { get; }

    /// <summary>The relation.</summary>
    public StateRelationKind Kind { get; }

    /// <summary>Where it is stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the relation is between <paramref name="a"/> and <paramref name="b"/>, in either order.</summary>
    /// <param name="a">One state.</param>
    /// <param name="b">The other state.</param>
    public bool Connects(Id<Actor> a, Id<Actor> b) => (First == a && Second == b) || (First == b && Second == a);

    /// <summary>For example <c>prk – chn: Alliance</c>.</summary>
    public override string ToString() => $"{First} – {Second}: {Kind}";
}
