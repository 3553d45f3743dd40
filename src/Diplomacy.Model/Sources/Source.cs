using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Sources;

/// <summary>
/// A document from which facts are read: a news report, an official statement, a transcript.
/// Unknown metadata (publisher, publication date) stays null rather than being invented.
/// </summary>
[Immutable]
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The source's id within the incident.</param>
    /// <param name="kind">What kind of document it is.</param>
    /// <param name="language">The document's language as a BCP 47 tag, such as <c>en</c> or <c>ko</c>.</param>
    /// <param name="contentHash">The hash of the exact text the facts were read from.</param>
    /// <param name="headline">The headline or title, if any.</param>
    /// <param name="publisher">The publisher, if known.</param>
    /// <param name="dateline">The dateline place ("Beijing, China"), if the document has one.</param>
    /// <param name="publicationDate">The day of publication, if known; relative times ("last week") resolve against it.</param>
    /// <param name="publishedAt">The exact moment of publication, if known.</param>
    /// <param name="address">Where the document can be fetched (its URL), if known; an absolute URI.</param>
    /// <exception cref="ArgumentException">A text argument is blank, the language tag is malformed, or the address is a relative URI.</exception>
    public Source(
        Id<Source> id,
        SourceKind kind,
        string language,
        ContentHash contentHash,
        string? headline = null,
        string? publisher = null,
        string? dateline = null,
        LocalDate? publicationDate = null,
        Instant? publishedAt = null,
        Uri? address = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Kind = Preconditions.CheckDefined(kind);
        Language = Preconditions.CheckLanguageTag(language);
        ContentHash = Preconditions.CheckNotNull(contentHash);
        Headline = Preconditions.CheckNullOrNotBlank(headline);
        Publisher = Preconditions.CheckNullOrNotBlank(publisher);
        Dateline = Preconditions.CheckNullOrNotBlank(dateline);
        PublicationDate = publicationDate;
        PublishedAt = publishedAt;
        Preconditions.CheckArgument(address is null || address.IsAbsoluteUri, nameof(address),
            $"A source's address is an absolute URI such as 'https://example.org/story'; got '{address}'.");
        Address = address;
    }

    /// <summary>The source's id within the incident.</summary>
    public Id<Source> Id { get; }

    /// <summary>What kind of document it is.</summary>
    public SourceKind Kind { get; }

    /// <summary>The document's language (BCP 47).</summary>
    public string Language { get; }

    /// <summary>The hash of the exact text the facts were read from.</summary>
    public ContentHash ContentHash { get; }

    /// <summary>The headline or title, or null.</summary>
    public string? Headline { get; }

    /// <summary>The publisher, or null when unknown.</summary>
    public string? Publisher { get; }

    /// <summary>The dateline place, or null.</summary>
    public string? Dateline { get; }

    /// <summary>The day of publication, or null when unknown.</summary>
    public LocalDate? PublicationDate { get; }

    /// <summary>The moment of publication, or null when unknown.</summary>
    public Instant? PublishedAt { get; }

    /// <summary>
    /// Where the document can be fetched (the article's URL, as GDELT's SOURCEURL gives it), or
    /// null when unknown. The address locates the document; <see cref="ContentHash"/> identifies
    /// the exact text that was read, which the page at the address may no longer serve.
    /// </summary>
    public Uri? Address { get; }

    /// <summary>Returns a copy with another publication date (null for unknown).</summary>
    /// <param name="publicationDate">The new publication date.</param>
    public Source WithPublicationDate(LocalDate? publicationDate) =>
        new(Id, Kind, Language, ContentHash, Headline, Publisher, Dateline, publicationDate, PublishedAt, Address);

    /// <summary>The id, kind and headline, for example <c>src-000 (NewsReport): "China urges…"</c>.</summary>
    public override string ToString() => Headline is null ? $"{Id} ({Kind})" : $"{Id} ({Kind}): \"{Headline}\"";
}
