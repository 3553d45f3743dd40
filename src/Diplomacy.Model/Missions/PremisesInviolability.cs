namespace Diplomacy.Model.Missions;

/// <summary>
/// How far the receiving state's agents are barred from entering a mission's premises.
/// </summary>
public enum PremisesInviolability
{
    /// <summary>Not known, because the mission's kind is not known.</summary>
    Unknown,

    /// <summary>
    /// Inviolable (VCDR Art. 22): agents of the receiving state may not enter without the head of
    /// mission's consent, whatever the emergency.
    /// </summary>
    Full,

    /// <summary>
    /// Inviolable only in the part used for consular work (VCCR Art. 31); consent is presumed in case
    /// of fire or other disaster needing prompt action.
    /// </summary>
    ConsularWorkingAreas,

    /// <summary>
    /// Not inviolable: the receiving state must only protect the premises (VCCR Art. 59); archives
    /// remain inviolable (Art. 61). The regime of honorary consulates.
    /// </summary>
    ProtectionOnly,

    /// <summary>Inviolable because, and as far as, an agreement with the receiving state grants it.</summary>
    GrantedByAgreement,

    /// <summary>No inviolability: the premises are ordinary premises under the receiving state's law.</summary>
    None,
}
