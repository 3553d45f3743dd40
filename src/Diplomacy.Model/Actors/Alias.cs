using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Actors;

/// <summary>
/// Another name or a description by which a source refers to an actor or a mission ("the North",
/// "Seoul", "Hwang Jang Yop", "the consulate"), with where it was read.
/// </summary>
[Immutable]
public sealed record Alias
{
    /// <summary>Creates an alias.</summary>
    /// <param name="text">The words used.</param>
    /// <param name="kind">How the words name the bearer.</param>
    /// <param name="provenance">The sources using these words, or the analyst's mark.</param>
    /// <param name="language">The language of the words (BCP 47), if not the source's language.</param>
    public Alias(string text, AliasKind kind, Provenance provenance, string? language = null)
    {
        Text = Preconditions.CheckNotBlank(text);
        Kind = Preconditions.CheckDefined(kind);
        Provenance = Preconditions.CheckNotNull(provenance);
        Language = language is null ? null : Preconditions.CheckLanguageTag(language);
    }

    /// <summary>The words used.</summary>
    public string Text { get; }

    /// <summary>How the words name the bearer.</summary>
    public AliasKind Kind { get; }

    /// <summary>Where the words were read.</summary>
    public Provenance Provenance { get; }

    /// <summary>The language of the words, or null.</summary>
    public string? Language { get; }

    /// <summary>The words and their kind, for example <c>"DPRK" (Abbreviation)</c>.</summary>
    public override string ToString() => $"\"{Text}\" ({Kind})";
}
