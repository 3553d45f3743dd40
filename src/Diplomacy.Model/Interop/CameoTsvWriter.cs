using System.Globalization;
using Diplomacy.Model.Utility;
using NodaTime.Text;

namespace Diplomacy.Model.Interop;

/// <summary>
/// Writes CAMEO rows as tab-separated text: a header line
/// <c>id	date	source	target	event_code	goldstein</c>, then one line per row, each ending in
/// <c>\n</c>. The date is ISO (<c>2016-10-10</c>); an unknown value is an empty field; the event
/// code keeps its leading zero (<c>027</c>), so read the column as text; the Goldstein value has
/// one decimal, with a point.
/// </summary>
public static class CameoTsvWriter
{
    /// <summary>The header line's fields, in order.</summary>
    public static IReadOnlyList<string> Header { get; } = ["id", "date", "source", "target", "event_code", "goldstein"];

    /// <summary>Writes the header and <paramref name="rows"/> to <paramref name="writer"/>.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="writer">Where to write; left open.</param>
    /// <param name="cancellationToken">Cancels between rows.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row's id contains a tab or line break.</exception>
    public static async Task WriteAsync(IEnumerable<CameoRow> rows, TextWriter writer, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNull(writer);
        await writer.WriteAsync(string.Join('\t', Header) + "\n").ConfigureAwait(false);
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(ToLine(row) + "\n").ConfigureAwait(false);
        }
    }

    /// <summary>The row as one tab-separated line, without a line end.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="ArgumentException">The row's id contains a tab or line break.</exception>
    public static string ToLine(CameoRow row)
    {
        Preconditions.CheckNotNull(row);
        Preconditions.CheckArgument(row.Id.IndexOfAny(['\t', '\n', '\r']) < 0, nameof(row), $"Row id '{row.Id}' contains a tab or line break.");
        return string.Join('\t',
            row.Id,
            row.Date is { } date ? LocalDatePattern.Iso.Format(date) : "",
            row.SourceActor ?? "",
            row.TargetActor ?? "",
            row.EventCode.Value,
            row.Goldstein.ToString("0.0", CultureInfo.InvariantCulture));
    }
}
