using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.EventCoding;

/// <summary>
/// A CAMEO event code: two to four digits whose first two are the root category 01–20
/// (for example <c>020</c> make an appeal, <c>027</c> appeal to settle a dispute, <c>046</c>
/// negotiate, <c>075</c> grant asylum).
/// </summary>
[Immutable]
public sealed record CameoCode
{
    /// <summary>Creates a code.</summary>
    /// <param name="value">Two to four digits, root 01–20.</param>
    /// <exception cref="ArgumentException">The value is not of that shape.</exception>
    public CameoCode(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(value.Length is >= 2 and <= 4 && value.All(char.IsAsciiDigit), nameof(value),
            $"A CAMEO code is 2 to 4 digits, such as '027'; got '{value}'.");
        int root = int.Parse(value.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
        Preconditions.CheckArgument(root is >= 1 and <= 20, nameof(value),
            $"A CAMEO code starts with a root category 01 to 20; '{value}' starts with {value[..2]}.");
        Value = value;
    }

    /// <summary>The code's digits.</summary>
    public string Value { get; }

    /// <summary>The root category, 1 to 20 (2 for "appeal", 7 for "provide aid").</summary>
    public int Root => int.Parse(Value.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The digits.</summary>
    public override string ToString() => Value;
}
