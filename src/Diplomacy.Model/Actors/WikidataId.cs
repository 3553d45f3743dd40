using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>A Wikidata item identifier (a Q-number such as <c>Q884</c> for South Korea).</summary>
[Immutable]
public sealed record WikidataId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">"Q" followed by a positive number without leading zeros.</param>
    /// <exception cref="ArgumentException">The value is not of that shape.</exception>
    public WikidataId(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(value.Length is >= 2 and <= 12 && value[0] == 'Q' && value[1] != '0' && value.Skip(1).All(char.IsAsciiDigit),
            nameof(value), $"A Wikidata item id is 'Q' followed by a positive number, such as 'Q884'; got '{value}'.");
        Value = value;
    }

    /// <summary>The Q-number.</summary>
    public string Value { get; }

    /// <summary>The Q-number.</summary>
    public override string ToString() => Value;
}
