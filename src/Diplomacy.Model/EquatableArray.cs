using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Diplomacy.Model.Annotations;

namespace Diplomacy.Model;

/// <summary>
/// An immutable, ordered list that compares by contents. Every collection in the model is one of
/// these, so two incidents built from the same facts are equal and hash alike, which an
/// <see cref="ImmutableArray{T}"/> (compared by reference) would not give.
/// </summary>
/// <remarks>
/// The default value is the empty list. Elements may not be null. Order is significant: the model
/// keeps facts in the order the analyst or the source gave them, and output is deterministic.
/// </remarks>
/// <typeparam name="T">The element type; its own equality decides element equality.</typeparam>
[Immutable]
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly ImmutableArray<T> items;

    /// <summary>The empty list.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Creates a list over <paramref name="items"/>, refusing null elements.</summary>
    /// <param name="items">The elements, in order.</param>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public EquatableArray(ImmutableArray<T> items)
    {
        if (!items.IsDefaultOrEmpty && default(T) is null)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] is null)
                {
                    throw new ArgumentException($"Element at index {i} is null; lists in the model hold no null elements.", nameof(items));
                }
            }
        }
        this.items = items.IsDefault ? ImmutableArray<T>.Empty : items;
    }

    /// <summary>The number of elements.</summary>
    public int Count => items.IsDefault ? 0 : items.Length;

    /// <summary>Whether the list has no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A zero-based index.</param>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/> (never a default array).</summary>
    public ImmutableArray<T> AsImmutableArray() => items.IsDefault ? ImmutableArray<T>.Empty : items;

    /// <summary>Returns a struct enumerator over the elements.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Whether two elements are equal; small lists are checked pairwise, without allocating.</summary>
    internal bool HasDuplicates()
    {
        var array = AsImmutableArray();
        if (array.Length <= 16)
        {
            var comparer = EqualityComparer<T>.Default;
            for (int i = 1; i < array.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (comparer.Equals(array[i], array[j]))
                    {
                        return true;
                    }
                }
            }
            return false;
        }
        var seen = new HashSet<T>(array.Length);
        foreach (var item in array)
        {
            if (!seen.Add(item))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Compares element by element, in order.</summary>
    /// <param name="other">The list to compare with.</param>
    public bool Equals(EquatableArray<T> other)
    {
        var left = AsImmutableArray();
        var right = other.AsImmutableArray();
        if (left.Length != right.Length)
        {
            return false;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <summary>A hash of the elements, consistent with <see cref="Equals(EquatableArray{T})"/>.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsImmutableArray())
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <summary>The elements, comma-separated, in square brackets.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        var array = AsImmutableArray();
        for (int i = 0; i < array.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }
            builder.Append(array[i]);
        }
        return builder.Append(']').ToString();
    }

    /// <summary>Whether two lists have equal elements in the same order.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Whether two lists differ in an element or in length.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>.</summary>
public static class EquatableArray
{
    /// <summary>Creates a list of the given elements (also the builder for collection expressions).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order; none may be null.</param>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates a list from a sequence.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements, in order; none may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new(items.ToImmutableArray());
    }
}
