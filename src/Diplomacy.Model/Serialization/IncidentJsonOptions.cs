using Diplomacy.Model.Annotations;

namespace Diplomacy.Model.Serialization;

/// <summary>
/// How documents are written and the limits applied when reading them. Immutable: each
/// <c>With…</c> method returns a validated copy.
/// </summary>
[Immutable]
public sealed record IncidentJsonOptions
{
    /// <summary>The default nesting limit: far above what a valid incident needs (about 12 levels).</summary>
    public const int DefaultMaxDepth = 32;

    /// <summary>The default size limit of one document (or one line of a stream): 16 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>Creates options.</summary>
    /// <param name="indented">
    /// Whether documents are written indented (two spaces, "\n" line ends) or compact on one line.
    /// Both are canonical; streams are always written compact, one document per line.
    /// </param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays accepted when reading, 1 to 1000.</param>
    /// <param name="maxDocumentBytes">
    /// The largest document, in UTF-8 bytes, accepted when reading (for a stream: the largest line),
    /// 16 to <see cref="Array.MaxLength"/>. Bigger input fails before it is parsed or buffered in full.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    public IncidentJsonOptions(bool indented = true, int maxDepth = DefaultMaxDepth, long maxDocumentBytes = DefaultMaxDocumentBytes)
    {
        if (maxDepth is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDepth), maxDepth, "MaxDepth must be between 1 and 1000.");
        }
        if (maxDocumentBytes < 16 || maxDocumentBytes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDocumentBytes), maxDocumentBytes, $"MaxDocumentBytes must be between 16 and {Array.MaxLength}.");
        }
        Indented = indented;
        MaxDepth = maxDepth;
        MaxDocumentBytes = maxDocumentBytes;
    }

    /// <summary>Indented output, default limits: the options used when none are given.</summary>
    public static IncidentJsonOptions Default { get; } = new();

    /// <summary>Whether documents are written indented (default) or compact.</summary>
    public bool Indented { get; }

    /// <summary>The deepest nesting accepted when reading. Default: <see cref="DefaultMaxDepth"/>.</summary>
    public int MaxDepth { get; }

    /// <summary>The largest document (or stream line) accepted when reading, in bytes. Default: <see cref="DefaultMaxDocumentBytes"/>.</summary>
    public long MaxDocumentBytes { get; }

    /// <summary>Returns a copy that writes indented or compact documents.</summary>
    /// <param name="indented">True for indented output.</param>
    public IncidentJsonOptions WithIndented(bool indented) => new(indented, MaxDepth, MaxDocumentBytes);

    /// <summary>Returns a copy with another nesting limit.</summary>
    /// <param name="maxDepth">The new limit, 1 to 1000.</param>
    public IncidentJsonOptions WithMaxDepth(int maxDepth) => new(Indented, maxDepth, MaxDocumentBytes);

    /// <summary>Returns a copy with another size limit.</summary>
    /// <param name="maxDocumentBytes">The new limit in bytes.</param>
    public IncidentJsonOptions WithMaxDocumentBytes(long maxDocumentBytes) => new(Indented, MaxDepth, maxDocumentBytes);
}
