namespace Diplomacy.Model.Plausibility;

/// <summary>A legal fact a claim can clash with.</summary>
public enum PlausibilityRule
{
    /// <summary>
    /// Refuge is taken in a mission of the state the claimant flees (a North Korean official "in the
    /// DPRK's embassy"): that state's own premises offer no protection from it.
    /// </summary>
    RefugeInMissionOfStateFled,

    /// <summary>
    /// A source treats premises as inviolable ("China cannot forcibly remove Ri from the trade
    /// mission") although the mission's regime gives them no inviolability (a trade office without
    /// an agreement granting it, an honorary consulate).
    /// </summary>
    InviolabilityAssumedWithoutBasis,

    /// <summary>
    /// A source assumes the receiving state may enter or remove someone from premises that are
    /// inviolable (an embassy, VCDR Art. 22).
    /// </summary>
    EntryAssumedDespiteInviolability,

    /// <summary>
    /// A diplomatic mission (an embassy, a legation…) between two states the incident says have no
    /// diplomatic relations or do not recognize each other.
    /// </summary>
    DiplomaticMissionWithoutRelations,
}
