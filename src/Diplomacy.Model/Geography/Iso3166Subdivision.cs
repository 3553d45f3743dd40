using System.Text.RegularExpressions;

namespace Diplomacy.Model.Geography;

/// <summary>Shape check for ISO 3166-2 subdivision codes (<c>CN-BJ</c>, <c>KR-11</c>).</summary>
internal static partial class Iso3166Subdivision
{
    internal static string? CheckNullOrValid(string? code, string paramName = "subdivision")
    {
        if (code is not null && !Shape().IsMatch(code))
        {
            throw new ArgumentException($"'{code}' is not an ISO 3166-2 subdivision code such as 'CN-BJ' or 'KR-11'.", paramName);
        }
        return code;
    }

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
