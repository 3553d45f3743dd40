using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model;

/// <summary>
/// The stable identifier of an entity of kind <typeparamref name="TEntity"/> inside an incident:
/// an actor, a mission, a post, a source, and so on. References between entities are made by id,
/// so the model (and its JSON) holds each entity once.
/// </summary>
/// <remarks>
/// An id is 1–128 characters: ASCII letters and digits, and the separators '.', '_', '-' and ':'
/// inside it, starting with a letter or digit (for example <c>prk</c>, <c>person.ri-pyong-chol</c>,
/// <c>src:000</c>). Ids compare ordinally and case-sensitively. The entity type is part of the
/// identity, so an <c>Id&lt;Actor&gt;</c> cannot be passed where an <c>Id&lt;Mission&gt;</c> is expected.
/// </remarks>
/// <typeparam name="TEntity">The kind of entity identified.</typeparam>
[Immutable]
public sealed class Id<TEntity> : IEquatable<Id<TEntity>>, IComparable<Id<TEntity>>
    where TEntity : class
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Creates an id, checking its shape.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has a character outside the allowed set.</exception>
    public Id(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(value.Length is > 0 and <= MaxLength, nameof(value),
            $"An id must be 1 to {MaxLength} characters long; got {value.Length}.");
        Preconditions.CheckArgument(IdPattern.Matches(value), nameof(value),
            $"'{value}' is not a valid id: use ASCII letters, digits and the separators '.', '_', '-', ':' inside, starting with a letter or digit.");
        Value = value;
    }

    /// <summary>The id text.</summary>
    public string Value { get; }

    /// <summary>Tries to create an id from <paramref name="value"/>.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="id">The id, when the text is valid.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Id<TEntity>? id)
    {
        id = value is { Length: > 0 and <= MaxLength } && IdPattern.Matches(value) ? new Id<TEntity>(value) : null;
        return id is not null;
    }

    /// <inheritdoc />
    public bool Equals(Id<TEntity>? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Id<TEntity>);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders ids ordinally by their text.</summary>
    /// <param name="other">The id to compare with; null sorts first.</param>
    public int CompareTo(Id<TEntity>? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <summary>The id text.</summary>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal (both null counts as equal).</summary>
    public static bool operator ==(Id<TEntity>? left, Id<TEntity>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two ids differ.</summary>
    public static bool operator !=(Id<TEntity>? left, Id<TEntity>? right) => !(left == right);

}

/// <summary>
/// The id shape, <c>^[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?\z</c>, checked by hand: ids are
/// validated for every reference read, and a loop is several times faster than the regex.
/// </summary>
internal static class IdPattern
{
    internal static bool Matches(string value)
    {
        if (value.Length == 0 || !char.IsAsciiLetterOrDigit(value[0]) || !char.IsAsciiLetterOrDigit(value[^1]))
        {
            return false;
        }
        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or ':' or '-'))
            {
                return false;
            }
        }
        return true;
    }
}
