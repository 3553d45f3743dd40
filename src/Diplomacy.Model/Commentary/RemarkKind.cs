namespace Diplomacy.Model.Commentary;

/// <summary>What kind of text a remark is.</summary>
public enum RemarkKind
{
    /// <summary>General background, not about the incident itself.</summary>
    Background,

    /// <summary>The reporter's analysis or interpretation.</summary>
    Analysis,

    /// <summary>The reporter's or publication's opinion.</summary>
    Opinion,

    /// <summary>A forecast or speculation ("it is likely that issues such as this will continue to arise").</summary>
    Speculation,

    /// <summary>A statement that something is not known ("it is unclear what led the official to seek refuge").</summary>
    Uncertainty,
}
