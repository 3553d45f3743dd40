using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Utility;
using NodaTime;
using NodaTime.Text;
using C = Diplomacy.Model.Interop.GdeltEventColumns;

namespace Diplomacy.Model.Interop;

/// <summary>
/// Reads a GDELT 2.0 event export (61 tab-separated columns per line, no header, UTF-8) as a stream
/// of <see cref="GdeltRow"/> results, one per non-empty line, in constant memory.
/// </summary>
/// <remarks>
/// <para>A bad line does not stop the stream: it becomes a row holding a <see cref="GdeltRowError"/>
/// with its one-based line number and, where one is at fault, the column's codebook name. A line is
/// bad when it does not have exactly 61 columns, or when a column the model uses does not parse:
/// GLOBALEVENTID (a positive integer), SQLDATE (YYYYMMDD), IsRootEvent (0 or 1), EventCode,
/// EventBaseCode and EventRootCode (CAMEO codes), QuadClass (1–4), GoldsteinScale (−10 to +10),
/// NumMentions, NumSources and NumArticles (non-negative integers), AvgTone, ActionGeo_Type,
/// ActionGeo_Lat and ActionGeo_Long, DATEADDED (YYYYMMDDHHMMSS, UTC) and SOURCEURL (not empty).
/// Numbers use a decimal point whatever the culture. The first error of a line is reported.</para>
/// <para>Empty lines (such as a final line end) are skipped but counted, so line numbers match
/// what an editor shows. Columns the model does not use are not checked.</para>
/// </remarks>
public static class GdeltEventReader
{
    private static readonly LocalDatePattern SqlDate = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly InstantPattern DateAdded = InstantPattern.CreateWithInvariantCulture("uuuuMMddHHmmss");

    /// <summary>Reads the rows of <paramref name="stream"/>, decoded as UTF-8.</summary>
    /// <param name="stream">The export; left open.</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IAsyncEnumerable<GdeltRow> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(stream);
        return ReadStreamAsync(stream, cancellationToken);
    }

    /// <summary>Reads the rows of <paramref name="reader"/>.</summary>
    /// <param name="reader">The export's text; left open.</param>
    /// <param name="cancellationToken">Cancels between lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IAsyncEnumerable<GdeltRow> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reader);
        return ReadLinesAsync(reader, cancellationToken);
    }

    /// <summary>Parses one line of an export.</summary>
    /// <param name="line">The line, without its line end.</param>
    /// <param name="lineNumber">Its one-based line number, for the error if there is one.</param>
    /// <returns>The event, or the error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is less than 1.</exception>
    public static GdeltRow ParseLine(string line, long lineNumber)
    {
        Preconditions.CheckNotNull(line);
        if (lineNumber < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lineNumber), lineNumber, "Line numbers start at 1.");
        }
        var fields = line.Split('\t');
        if (fields.Length != C.Count)
        {
            return GdeltRow.Invalid(new GdeltRowError(lineNumber, null, $"A GDELT 2.0 event row has {C.Count} tab-separated columns; this one has {fields.Length}."));
        }
        try
        {
            var gdeltEvent = new GdeltEvent(
                Parse(fields, C.GlobalEventId, s => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : (long?)null, "a positive integer"),
                Parse(fields, C.SqlDate, s => SqlDate.Parse(s) is { Success: true } r ? r.Value : (LocalDate?)null, "a date YYYYMMDD"),
                Cameo(fields, C.EventCode),
                Cameo(fields, C.EventBaseCode),
                Cameo(fields, C.EventRootCode),
                Parse(fields, C.QuadClass, s => Int(s) is >= 1 and <= 4 ? Int(s) : null, "1, 2, 3 or 4"),
                Parse(fields, C.GoldsteinScale, s => Real(s) is >= -10 and <= 10 ? Real(s) : null, "a number from -10 to 10"),
                Parse(fields, C.DateAdded, s => DateAdded.Parse(s) is { Success: true } r ? r.Value : (Instant?)null, "a UTC time YYYYMMDDHHMMSS"),
                fields[C.SourceUrl].Length > 0 ? fields[C.SourceUrl] : throw new RowException(C.SourceUrl, "SOURCEURL is empty."),
                line,
                Actor(fields, C.Actor1Code, C.Actor1Name, C.Actor1CountryCode, C.Actor1Type1Code),
                Actor(fields, C.Actor2Code, C.Actor2Name, C.Actor2CountryCode, C.Actor2Type1Code),
                Parse(fields, C.IsRootEvent, s => s switch { "1" => true, "0" => false, _ => (bool?)null }, "0 or 1"),
                Count(fields, C.NumMentions),
                Count(fields, C.NumSources),
                Count(fields, C.NumArticles),
                Parse(fields, C.AvgTone, s => Real(s) is >= -100 and <= 100 ? Real(s) : null, "a number from -100 to 100"),
                Place(fields));
            return GdeltRow.Valid(lineNumber, gdeltEvent);
        }
        catch (RowException e)
        {
            return GdeltRow.Invalid(new GdeltRowError(lineNumber, C.NameOf(e.Column), e.Message));
        }
        catch (ArgumentException e)
        {
            // A cross-column rule of GdeltEvent (such as a root code that is not the code's root).
            return GdeltRow.Invalid(new GdeltRowError(lineNumber, null, e.Message));
        }
    }

    private static async IAsyncEnumerable<GdeltRow> ReadStreamAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        await foreach (var row in ReadLinesAsync(reader, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    private static async IAsyncEnumerable<GdeltRow> ReadLinesAsync(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (line.Length > 0)
            {
                yield return ParseLine(line, lineNumber);
            }
        }
    }

    private static T Parse<T>(string[] fields, int column, Func<string, T?> parse, string expected)
        where T : struct =>
        parse(fields[column]) ?? throw new RowException(column, $"'{Shorten(fields[column])}' is not {expected}.");

    private static CameoCode Cameo(string[] fields, int column)
    {
        var text = fields[column];
        if (text.Length is >= 2 and <= 4 && text.All(char.IsAsciiDigit) && int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture) is >= 1 and <= 20)
        {
            return new CameoCode(text);
        }
        throw new RowException(column, $"'{Shorten(text)}' is not a CAMEO event code (2 to 4 digits, root 01 to 20).");
    }

    private static int Count(string[] fields, int column) =>
        Parse(fields, column, s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a non-negative integer");

    private static GdeltActor? Actor(string[] fields, int code, int name, int country, int type1)
    {
        string? Text(int column) => fields[column].Length == 0 ? null : fields[column];
        return Text(code) is null && Text(name) is null && Text(country) is null && Text(type1) is null
            ? null
            : new GdeltActor(Text(code), Text(name), Text(country), Text(type1));
    }

    private static GdeltPlace? Place(string[] fields)
    {
        int type = fields[C.ActionGeoType].Length == 0 ? 0 : Parse(fields, C.ActionGeoType, s => Int(s) is >= 0 and <= 5 ? Int(s) : null, "a place type from 0 to 5");
        if (type == 0)
        {
            return null;
        }
        double? Coordinate(int column, double limit) => fields[column].Length == 0
            ? null
            : Parse(fields, column, s => Real(s) is { } v && Math.Abs(v) <= limit ? v : (double?)null, $"a coordinate from -{limit} to {limit}");
        return new GdeltPlace(
            type,
            fields[C.ActionGeoFullName].Length == 0 ? null : fields[C.ActionGeoFullName],
            fields[C.ActionGeoCountryCode].Length == 0 ? null : fields[C.ActionGeoCountryCode],
            Coordinate(C.ActionGeoLatitude, 90),
            Coordinate(C.ActionGeoLongitude, 180));
    }

    private static int? Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static double? Real(string s) =>
        double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A column that does not parse; caught in <see cref="ParseLine"/> and turned into a <see cref="GdeltRowError"/>.</summary>
    private sealed class RowException(int column, string message) : Exception(message)
    {
        internal int Column { get; } = column;
    }
}
