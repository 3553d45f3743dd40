namespace Diplomacy.Model.Serialization;

/// <summary>
/// How documents are written and the limits applied when reading them. Immutable: create a changed
/// copy with a <c>with</c> expression.
/// </summary>
public sealed record IncidentJsonOptions
{
    /// <summary>The default nesting limit: far above what a valid incident needs (about 12 levels).</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The default size limit of one document (or one line of a stream): 16 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>Indented output, compact limits: the options used when none are given.</summary>
    public static IncidentJsonOptions Default { get; } = new();

    /// <summary>
    /// Whether documents are written indented (two spaces, "\n" line ends) or compact on one line.
    /// Both are canonical; streams are always written compact, one document per line. Default: true.
    /// </summary>
    public bool Indented { get; init; } = true;

    /// <summary>The deepest nesting of objects and arrays accepted when reading. Default: <see cref="DefaultMaxDepth"/>.</summary>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxDepth must be between 1 and 1000.");
    } = DefaultMaxDepth;

    /// <summary>
    /// The largest document, in UTF-8 bytes, accepted when reading (for a stream: the largest line).
    /// Bigger input fails before it is parsed or buffered in full. Default: <see cref="DefaultMaxDocumentBytes"/>.
    /// </summary>
    public long MaxDocumentBytes
    {
        get;
        init => field = value >= 16 && value <= Array.MaxLength ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"MaxDocumentBytes must be between 16 and {Array.MaxLength}.");
    } = DefaultMaxDocumentBytes;
}
