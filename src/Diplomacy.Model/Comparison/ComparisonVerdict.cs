namespace Diplomacy.Model.Comparison;

/// <summary>How two reports' accounts of one aspect of an incident relate.</summary>
public enum ComparisonVerdict
{
    /// <summary>Both reports say the same thing (possibly in different words or translations).</summary>
    Agree,

    /// <summary>
    /// Both can be right: one is more specific ("a North Korean official" against "Ri Pyong-chol,
    /// trade representative"), or they report different, non-exclusive parts.
    /// </summary>
    Compatible,

    /// <summary>The two reports cannot both be right (a different mission; confirmed against declined to comment).</summary>
    Contradict,

    /// <summary>Nothing can be said, for example because a time cannot be resolved without a publication date.</summary>
    Unknown,

    /// <summary>Only one of the reports says anything about the aspect.</summary>
    OnlyInOne,
}
