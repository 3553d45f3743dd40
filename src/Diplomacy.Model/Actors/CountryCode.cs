using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// An ISO 3166-1 alpha-3 country code, such as <c>PRK</c> (North Korea), <c>KOR</c> (South Korea)
/// or <c>CHN</c>. Only officially assigned codes and the ranges ISO reserves for user assignment
/// (such as <c>XKX</c> for Kosovo) are accepted.
/// </summary>
[Immutable]
public sealed record CountryCode
{
    /// <summary>Creates a code.</summary>
    /// <param name="value">Three uppercase letters.</param>
    /// <exception cref="ArgumentException">The value is not an assigned or user-assigned alpha-3 code.</exception>
    public CountryCode(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(value.Length == 3 && value.All(char.IsAsciiLetterUpper), nameof(value),
            $"An ISO 3166-1 alpha-3 code is three uppercase letters; got '{value}'.");
        Preconditions.CheckArgument(Iso3166Alpha3.Assigned.Contains(value) || Iso3166Alpha3.IsUserAssigned(value), nameof(value),
            $"'{value}' is not an assigned ISO 3166-1 alpha-3 code.");
        Value = value;
    }

    /// <summary>The three-letter code.</summary>
    public string Value { get; }

    /// <summary>Whether the code is officially assigned (not from a user-assigned range).</summary>
    public bool IsOfficiallyAssigned => Iso3166Alpha3.Assigned.Contains(Value);

    /// <summary>The three-letter code.</summary>
    public override string ToString() => Value;
}
