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

    /// <summary>Declines to comment, or has not commented.</summary>
    DeclinesToComment,

    /// <summary>Expresses concern.</summary>
    ExpressesConcern,

    /// <summary>States that diplomatic asylum is a right (a position held mostly by Caracas Convention parties).</summary>
    RecognizesDiplomaticAsylum,

    /// <summary>States that diplomatic asylum is not recognized as a right.</summary>
    RejectsDiplomaticAsylum,

    /// <summary>Offers or accepts negotiation.</summary>
    OffersNegotiation,
}
