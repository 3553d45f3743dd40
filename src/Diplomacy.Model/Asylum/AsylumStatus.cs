namespace Diplomacy.Model.Asylum;

/// <summary>
/// A stage in an asylum claim's history. The order in which stages may follow one another is
/// enforced by <see cref="AsylumHistory"/>.
/// </summary>
public enum AsylumStatus
{
    /// <summary>The claimant entered the premises or territory and stays there.</summary>
    RefugeTaken,

    /// <summary>The claimant asked for asylum.</summary>
    AsylumRequested,

    /// <summary>The state asked is considering the request.</summary>
    UnderConsideration,

    /// <summary>The states involved are negotiating the claimant's fate.</summary>
    UnderNegotiation,

    /// <summary>Asylum was granted.</summary>
    Granted,

    /// <summary>Asylum was refused.</summary>
    Refused,

    /// <summary>The claimant withdrew the request.</summary>
    Withdrawn,

    /// <summary>The territorial state issued a safe conduct (or a negotiated assurance) to leave.</summary>
    SafeConductIssued,

    /// <summary>The claimant left the place of refuge.</summary>
    LeftRefuge,

    /// <summary>The claimant was transferred through a third state.</summary>
    TransferredViaThirdState,

    /// <summary>The claimant arrived in the protecting state (the end of a successful claim).</summary>
    Arrived,

    /// <summary>The claimant was returned to the state fled.</summary>
    Repatriated,
}
