namespace Diplomacy.Model.Sources;

/// <summary>The information-credibility digit of the NATO Admiralty code (1–6).</summary>
public enum InformationCredibility
{
    /// <summary>1: confirmed by other sources.</summary>
    Confirmed,

    /// <summary>2: probably true.</summary>
    ProbablyTrue,

    /// <summary>3: possibly true.</summary>
    PossiblyTrue,

    /// <summary>4: doubtful.</summary>
    Doubtful,

    /// <summary>5: improbable.</summary>
    Improbable,

    /// <summary>6: truth cannot be judged.</summary>
    CannotBeJudged,
}
