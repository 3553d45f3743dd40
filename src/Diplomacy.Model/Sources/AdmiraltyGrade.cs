using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Sources;

/// <summary>
/// A NATO Admiralty (A–F, 1–6) grade: how reliable the source is, and how credible this piece of
/// information is, judged separately. Written as a letter and a digit, such as <c>B2</c>.
/// </summary>
[Immutable]
public sealed record AdmiraltyGrade
{
    /// <summary>Creates a grade.</summary>
    /// <param name="reliability">The source's reliability.</param>
    /// <param name="credibility">The information's credibility.</param>
    public AdmiraltyGrade(SourceReliability reliability, InformationCredibility credibility)
    {
        Reliability = Preconditions.CheckDefined(reliability);
        Credibility = Preconditions.CheckDefined(credibility);
    }

    /// <summary>The source's reliability (the letter).</summary>
    public SourceReliability Reliability { get; }

    /// <summary>The information's credibility (the digit).</summary>
    public InformationCredibility Credibility { get; }

    /// <summary>The two-character code, for example <c>B2</c>.</summary>
    public string Code => $"{(char)('A' + (int)Reliability)}{(char)('1' + (int)Credibility)}";

    /// <summary>Parses a two-character code such as <c>B2</c> (letter A–F, digit 1–6, letter case ignored).</summary>
    /// <param name="code">The code.</param>
    /// <exception cref="FormatException">The code is not a letter A–F followed by a digit 1–6.</exception>
    public static AdmiraltyGrade Parse(string code)
    {
        Preconditions.CheckNotNull(code);
        if (code.Length != 2)
        {
            throw new FormatException($"An Admiralty grade is a letter A–F and a digit 1–6, such as 'B2'; got '{code}'.");
        }
        int letter = char.ToUpperInvariant(code[0]) - 'A';
        int digit = code[1] - '1';
        if (letter is < 0 or > 5 || digit is < 0 or > 5)
        {
            throw new FormatException($"An Admiralty grade is a letter A–F and a digit 1–6, such as 'B2'; got '{code}'.");
        }
        return new AdmiraltyGrade((SourceReliability)letter, (InformationCredibility)digit);
    }

    /// <summary>The two-character code.</summary>
    public override string ToString() => Code;
}
