namespace Diplomacy.Model.Interop;

/// <summary>
/// The columns of a GDELT 2.0 event export row, by zero-based index, in the order of the GDELT 2.0
/// Event Codebook: 61 tab-separated columns, no header line. This is the one place the order is
/// defined; <see cref="GdeltEventReader"/> reads only the columns named here, and checks the count.
/// </summary>
/// <remarks>
/// 0 GLOBALEVENTID, 1 SQLDATE, 2 MonthYear, 3 Year, 4 FractionDate; 5–14 Actor1 (Code, Name,
/// CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code,
/// Type3Code); 15–24 the same for Actor2; 25 IsRootEvent, 26 EventCode, 27 EventBaseCode,
/// 28 EventRootCode, 29 QuadClass, 30 GoldsteinScale, 31 NumMentions, 32 NumSources,
/// 33 NumArticles, 34 AvgTone; 35–42 Actor1Geo (Type, FullName, CountryCode, ADM1Code, ADM2Code,
/// Lat, Long, FeatureID); 43–50 the same for Actor2Geo; 51–58 for ActionGeo; 59 DATEADDED
/// (YYYYMMDDHHMMSS, UTC), 60 SOURCEURL.
/// </remarks>
public static class GdeltEventColumns
{
    /// <summary>The number of columns in a row.</summary>
    public const int Count = 61;

    /// <summary>GLOBALEVENTID: the event's unique number.</summary>
    public const int GlobalEventId = 0;

    /// <summary>SQLDATE: the event's day, YYYYMMDD.</summary>
    public const int SqlDate = 1;

    /// <summary>Actor1Code: the full CAMEO code of the first actor (<c>CHNGOV</c>).</summary>
    public const int Actor1Code = 5;

    /// <summary>Actor1Name.</summary>
    public const int Actor1Name = 6;

    /// <summary>Actor1CountryCode: the first actor's CAMEO country code.</summary>
    public const int Actor1CountryCode = 7;

    /// <summary>Actor1Type1Code: the first actor's first role code (<c>GOV</c>).</summary>
    public const int Actor1Type1Code = 12;

    /// <summary>Actor2Code.</summary>
    public const int Actor2Code = 15;

    /// <summary>Actor2Name.</summary>
    public const int Actor2Name = 16;

    /// <summary>Actor2CountryCode.</summary>
    public const int Actor2CountryCode = 17;

    /// <summary>Actor2Type1Code.</summary>
    public const int Actor2Type1Code = 22;

    /// <summary>IsRootEvent: 1 if the event is in the article's lead paragraph, else 0.</summary>
    public const int IsRootEvent = 25;

    /// <summary>EventCode: the full CAMEO event code.</summary>
    public const int EventCode = 26;

    /// <summary>EventBaseCode: the three-digit level of the code.</summary>
    public const int EventBaseCode = 27;

    /// <summary>EventRootCode: the two-digit root of the code.</summary>
    public const int EventRootCode = 28;

    /// <summary>QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public const int QuadClass = 29;

    /// <summary>GoldsteinScale: −10 to +10.</summary>
    public const int GoldsteinScale = 30;

    /// <summary>NumMentions.</summary>
    public const int NumMentions = 31;

    /// <summary>NumSources.</summary>
    public const int NumSources = 32;

    /// <summary>NumArticles.</summary>
    public const int NumArticles = 33;

    /// <summary>AvgTone.</summary>
    public const int AvgTone = 34;

    /// <summary>ActionGeo_Type: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world state.</summary>
    public const int ActionGeoType = 51;

    /// <summary>ActionGeo_FullName.</summary>
    public const int ActionGeoFullName = 52;

    /// <summary>ActionGeo_CountryCode: a FIPS 10-4 country code.</summary>
    public const int ActionGeoCountryCode = 53;

    /// <summary>ActionGeo_Lat.</summary>
    public const int ActionGeoLatitude = 56;

    /// <summary>ActionGeo_Long.</summary>
    public const int ActionGeoLongitude = 57;

    /// <summary>DATEADDED: when GDELT added the event, YYYYMMDDHHMMSS in UTC.</summary>
    public const int DateAdded = 59;

    /// <summary>SOURCEURL: the article the event was coded from (or a citation for a non-web source).</summary>
    public const int SourceUrl = 60;

    /// <summary>The codebook's name of column <paramref name="index"/>, such as <c>SQLDATE</c>.</summary>
    /// <param name="index">A zero-based column index.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is not 0 to 60.</exception>
    public static string NameOf(int index) => Names[Utility.Preconditions.CheckArgumentRange(index, 0, Count - 1)];

    private static readonly string[] Names = BuildNames();

    private static string[] BuildNames()
    {
        string[] actor = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"];
        string[] geo = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"];
        return
        [
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            .. actor.Select(a => "Actor1" + a), .. actor.Select(a => "Actor2" + a),
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
            .. geo.Select(g => "Actor1Geo_" + g), .. geo.Select(g => "Actor2Geo_" + g), .. geo.Select(g => "ActionGeo_" + g),
            "DATEADDED", "SOURCEURL",
        ];
    }
}
