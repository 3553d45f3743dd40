using System.Globalization;

namespace Diplomacy.Model.Serialization;

/// <summary>
/// The one error raised for input that is not a valid document of the incident format: malformed
/// JSON, a member unknown to the format or missing, a wrong type, an unknown enum value, a dangling
/// or duplicate id, a broken rule of the model, an unsupported format version, or a document over the
/// configured limits. Nothing partially read is ever returned alongside it.
/// </summary>
/// <remarks>
/// The message ends with where the problem is: "… at $.incident.statements[2].speaker (line 40, position 12)".
/// Line numbers and positions are 1-based; a position counts UTF-8 bytes from the start of the line.
/// In a newline-delimited stream, the line is the line of the stream.
/// </remarks>
public sealed class IncidentFormatException : Exception
{
    /// <summary>Creates an exception for a problem found at a JSON path and, where known, a line and position.</summary>
    /// <param name="problem">What is wrong, in words (without the location, which is appended).</param>
    /// <param name="jsonPath">The JSON path of the offending value, such as "$.incident.actors[3].code".</param>
    /// <param name="lineNumber">The 1-based line of the offending value, or null when unknown.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in that line, or null when unknown.</param>
    /// <param name="innerException">The error this one reports, if any.</param>
    public IncidentFormatException(string problem, string jsonPath, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(Describe(problem, jsonPath, lineNumber, bytePositionInLine), innerException)
    {
        Problem = problem;
        JsonPath = jsonPath;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>The JSON path of the offending value ("$" for the whole document).</summary>
    public string JsonPath { get; }

    /// <summary>The 1-based line of the offending value, or null when unknown.</summary>
    public long? LineNumber { get; }

    /// <summary>The 1-based position, in UTF-8 bytes, of the offending value within its line, or null when unknown.</summary>
    public long? BytePositionInLine { get; }

    private static string Describe(string problem, string jsonPath, long? line, long? position)
    {
        string where = line is null
            ? "line unknown"
            : position is null
                ? string.Create(CultureInfo.InvariantCulture, $"line {line}")
                : string.Create(CultureInfo.InvariantCulture, $"line {line}, position {position}");
        return $"{problem.TrimEnd('.')} at {jsonPath} ({where})";
    }
}
