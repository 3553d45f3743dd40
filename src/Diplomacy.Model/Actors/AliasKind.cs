namespace Diplomacy.Model.Actors;

/// <summary>How an alias names its bearer.</summary>
public enum AliasKind
{
    /// <summary>A full or official name ("Democratic People's Republic of Korea").</summary>
    Name,

    /// <summary>A common short name ("North Korea").</summary>
    ShortName,

    /// <summary>An abbreviation or acronym ("DPRK", "ROK").</summary>
    Abbreviation,

    /// <summary>Another romanization or ordering of a name ("Hwang Jang Yop" for "Hwang Jang-yop").</summary>
    Romanization,

    /// <summary>A surname with a title or honorific ("Mr Hwang"), or the surname alone ("Ri").</summary>
    Honorific,

    /// <summary>A capital or seat standing for a government ("Seoul" for South Korea, "Beijing" for China).</summary>
    Metonym,

    /// <summary>An informal or relative name ("the North").</summary>
    Informal,

    /// <summary>A description that refers to the bearer ("the North Korean official", "the consulate").</summary>
    Description,
}
