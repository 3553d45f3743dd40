using Diplomacy.Model.Sources;

namespace Diplomacy.Model.Seeds;

/// <summary>
/// Thrown when an annotation does not fit its source text: the text's content hash is not the one
/// the source records (the text changed, or the annotation is of another text), or an attribution's
/// offsets no longer point at the words it quotes (the text or the annotation was edited).
/// </summary>
/// <remarks>
/// This is not an <see cref="Serialization.IncidentFormatException"/>: the annotation is a valid
/// document of the format; it is the pairing with this text that is wrong. The message names the
/// source, the JSON path into the annotation document (<c>$.report.…</c>), and for a span its
/// offsets with the expected and actual words.
/// </remarks>
public sealed class SeedVerificationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What does not fit, with where.</param>
    /// <param name="sourceId">The source whose text is checked.</param>
    /// <param name="jsonPath">Where in the annotation document the offending value is.</param>
    /// <param name="span">The attribution's span that does not match, or null for a hash mismatch.</param>
    public SeedVerificationException(string message, Id<Source> sourceId, string jsonPath, TextSpan? span = null)
        : base(message)
    {
        SourceId = sourceId;
        JsonPath = jsonPath;
        Span = span;
    }

    /// <summary>The source whose text does not fit its annotation.</summary>
    public Id<Source> SourceId { get; }

    /// <summary>
    /// The JSON path of the offending value in the annotation (report) document, such as
    /// <c>$.report.sources[0].contentHash</c> or <c>$.report.statements[2].provenance.attributions[0].span</c>.
    /// </summary>
    public string JsonPath { get; }

    /// <summary>The span that does not match the text, or null when the content hash does not.</summary>
    public TextSpan? Span { get; }
}
