namespace Diplomacy.Model.Missions;

/// <summary>
/// What a source asserts or assumes about the receiving state's power over a mission's premises
/// ("China cannot forcibly remove Ri from the trade mission"). Whether the law supports it depends
/// on the mission's <see cref="MissionRegime"/>, which the assertion does not change.
/// </summary>
public enum PremisesAssertion
{
    /// <summary>The receiving state's agents may not enter the premises without consent.</summary>
    ReceivingStateCannotEnter,

    /// <summary>The receiving state may not remove a person from the premises by force.</summary>
    ReceivingStateCannotRemovePerson,

    /// <summary>The receiving state's agents may enter the premises.</summary>
    ReceivingStateMayEnter,

    /// <summary>The receiving state may remove a person from the premises.</summary>
    ReceivingStateMayRemovePerson,
}
