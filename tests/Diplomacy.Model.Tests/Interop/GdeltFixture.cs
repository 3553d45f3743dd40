namespace Diplomacy.Model.Tests.Interop;

/// <summary>
/// Hand-written GDELT 2.0 event export rows, each built from its column groups in the codebook's
/// order, so a reader can check every value against the column it stands in.
/// </summary>
internal static class GdeltFixture
{
    // Actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
    private static readonly string[] China = ["CHNGOV", "CHINA", "CHN", "", "", "", "", "GOV", "", ""];
    private static readonly string[] SouthKorea = ["KORGOV", "SOUTH KOREA", "KOR", "", "", "", "", "GOV", "", ""];
    private static readonly string[] NorthKorea = ["PRK", "NORTH KOREA", "PRK", "", "", "", "", "", "", ""];
    private static readonly string[] NoActor = ["", "", "", "", "", "", "", "", "", ""];

    // Geo columns: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
    private static readonly string[] Beijing = ["4", "Beijing, Beijing, China", "CH", "CH22", "", "39.9289", "116.388", "-1898541"];
    private static readonly string[] Seoul = ["4", "Seoul, Seoul-t'ukpyolsi, South Korea", "KS", "KS11", "", "37.5664", "127", "-716583"];
    private static readonly string[] NoPlace = ["0", "", "", "", "", "", "", ""];

    /// <summary>Line 1: China's government appeals to South Korea's to settle the dispute (027), in Beijing.</summary>
    internal static readonly string Appeal = Row(
        ["1001", "20161010", "201610", "2016", "2016.7699"], China, SouthKorea,
        ["1", "027", "027", "02", "1", "4.0", "10", "2", "10", "-1.25"], Beijing, Seoul, Beijing,
        ["20161010083000", "https://example.org/china-urges-solution"]);

    /// <summary>Line 2: South Korea negotiates with North Korea (046), no place.</summary>
    internal static readonly string Negotiation = Row(
        ["1002", "20161011", "201610", "2016", "2016.7726"], SouthKorea, NorthKorea,
        ["0", "046", "046", "04", "1", "7.0", "3", "1", "3", "0.5"], NoPlace, NoPlace, NoPlace,
        ["20161011120000", "https://example.org/talks?id=7"]);

    /// <summary>Line 4 (after an empty line): an unnamed actor appeals to North Korea for humanitarian aid (0233), from a non-web source.</summary>
    internal static readonly string AidAppeal = Row(
        ["1003", "20161012", "201610", "2016", "2016.7753"], NoActor, NorthKorea,
        ["1", "0233", "023", "02", "1", "3.4", "1", "1", "1", "-3"], NoPlace, NoPlace, Seoul,
        ["20161012000000", "BBC Monitoring"]);

    /// <summary>The whole export: three valid rows, an empty line, and four bad rows (lines 5 to 8).</summary>
    internal static string Export() => string.Join("\n",
        Appeal,
        Negotiation,
        "",
        AidAppeal,
        string.Join('\t', Appeal.Split('\t')[..60]), // line 5: 60 columns
        Replace(Negotiation, 1, "2016-10-11"), // line 6: SQLDATE not YYYYMMDD
        Replace(Negotiation, 30, "high"), // line 7: GoldsteinScale not a number
        Replace(Negotiation, 26, "210")) // line 8: EventCode with root 21
        + "\n";

    private static string Row(string[] head, string[] actor1, string[] actor2, string[] action, string[] actor1Geo, string[] actor2Geo, string[] actionGeo, string[] tail)
    {
        string[] columns = [.. head, .. actor1, .. actor2, .. action, .. actor1Geo, .. actor2Geo, .. actionGeo, .. tail];
        Assert.Equal(61, columns.Length);
        return string.Join('\t', columns);
    }

    private static string Replace(string row, int column, string value)
    {
        var columns = row.Split('\t');
        columns[column] = value;
        return string.Join('\t', columns);
    }
}
