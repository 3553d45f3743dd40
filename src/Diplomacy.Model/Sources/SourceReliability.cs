namespace Diplomacy.Model.Sources;

/// <summary>The source-reliability letter of the NATO Admiralty code (A–F).</summary>
public enum SourceReliability
{
    /// <summary>A: completely reliable.</summary>
    CompletelyReliable,

    /// <summary>B: usually reliable.</summary>
    UsuallyReliable,

    /// <summary>C: fairly reliable.</summary>
    FairlyReliable,

    /// <summary>D: not usually reliable.</summary>
    NotUsuallyReliable,

    /// <summary>E: unreliable.</summary>
    Unreliable,

    /// <summary>F: reliability cannot be judged.</summary>
    CannotBeJudged,
}
