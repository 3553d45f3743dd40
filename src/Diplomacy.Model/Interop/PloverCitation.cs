using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>
/// A PLOVER <c>cite_info</c> object: which document a record was coded from — its identifier in the
/// incident, title, publication, address and language.
/// </summary>
[Immutable]
public sealed record PloverCitation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="citation">The document's identifier (<c>citation</c>): the source id in the incident.</param>
    /// <param name="title">The headline (<c>title</c>), if any.</param>
    /// <param name="publication">The publisher (<c>publication</c>), if known.</param>
    /// <param name="url">The document's address (<c>url</c>), if known.</param>
    /// <param name="language">The document's language (<c>language</c>), if known.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public PloverCitation(string citation, string? title = null, string? publication = null, Uri? url = null, string? language = null)
    {
        Citation = Preconditions.CheckNotBlank(citation);
        Title = Preconditions.CheckNullOrNotBlank(title);
        Publication = Preconditions.CheckNullOrNotBlank(publication);
        Url = url;
        Language = Preconditions.CheckNullOrNotBlank(language);
    }

    /// <summary>The document's identifier.</summary>
    public string Citation { get; }

    /// <summary>The headline, or null.</summary>
    public string? Title { get; }

    /// <summary>The publisher, or null.</summary>
    public string? Publication { get; }

    /// <summary>The address, or null.</summary>
    public Uri? Url { get; }

    /// <summary>The language, or null.</summary>
    public string? Language { get; }

    /// <summary>The identifier and title.</summary>
    public override string ToString() => Title is null ? Citation : $"{Citation}: {Title}";
}
