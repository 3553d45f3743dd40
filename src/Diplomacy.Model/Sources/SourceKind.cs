namespace Diplomacy.Model.Sources;

/// <summary>What kind of document a source is.</summary>
public enum SourceKind
{
    /// <summary>A news report written by a journalist or agency.</summary>
    NewsReport,

    /// <summary>A statement issued by a government or organization in its own name.</summary>
    OfficialStatement,

    /// <summary>A transcript of spoken words, such as a press briefing.</summary>
    Transcript,

    /// <summary>A press release.</summary>
    PressRelease,

    /// <summary>A post on a social-media platform.</summary>
    SocialMediaPost,

    /// <summary>Any other document.</summary>
    Other,
}
