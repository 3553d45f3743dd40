namespace Diplomacy.Model.Statements;

/// <summary>What a statement does. A statement may take several stances at once.</summary>
public enum Stance
{
    /// <summary>Urges the parties to resolve the matter ("handle the issue appropriately").</summary>
    UrgesResolution,

    /// <summary>Asserts sovereignty or calls for respect of it.</summary>
    AssertsSovereignty,

    /// <summary>Asserts non-interference in internal affairs.</summary>
    AssertsNonInterference,

    /// <summary>Invokes a treaty or other legal instrument.</summary>
    InvokesTreaty,

    /// <summary>Demands that the person be returned.</summary>
    DemandsReturn,

    /// <summary>Protests.</summary>
    Protests,

    /// <summary>Warns, openly or implicitly.</summary>
    Warns,

    /// <summary>Confirms a fact.</summary>
    Confirms,

    /// <summary>Denies a fact.</summary>
    Denies,

    /// <summary>Explicitly declines to comment ("declined to comment").</summary>
    DeclinesToComment,

    /// <summary>
    /// Has not commented so far ("have thus far not commented"): silence, not an explicit refusal,
    /// but like a refusal it is no confirmation.
    /// </summary>
    HasNotCommented,

    /// <summary>Describes a situation or fact without taking a position ("said he appeared to be in a desperate state").</summary>
    Describes,

    /// <summary>
    /// Asserts what a mission's premises are, and so what protection they enjoy ("the embassy of the
    /// DPRK in the ROK is North Korea's diplomatic mission").
    /// </summary>
    AssertsMissionStatus,

    /// <summary>Expresses concern.</summary>
    ExpressesConcern,

    /// <summary>States that diplomatic asylum is a right (a position held mostly by Caracas Convention parties).</summary>
    RecognizesDiplomaticAsylum,

    /// <summary>States that diplomatic asylum is not recognized as a right.</summary>
    RejectsDiplomaticAsylum,

    /// <summary>Offers or accepts negotiation.</summary>
    OffersNegotiation,
}
