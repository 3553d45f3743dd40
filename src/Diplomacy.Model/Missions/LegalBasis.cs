namespace Diplomacy.Model.Missions;

/// <summary>The body of law under which a mission's premises hold their status.</summary>
public enum LegalBasis
{
    /// <summary>Not known (the mission's kind is unspecified).</summary>
    Unknown,

    /// <summary>The Vienna Convention on Diplomatic Relations, 1961.</summary>
    Vcdr1961,

    /// <summary>The Vienna Convention on Consular Relations, 1963.</summary>
    Vccr1963,

    /// <summary>A headquarters agreement with an international organization (and the Vienna Convention of 1975).</summary>
    HeadquartersAgreement,

    /// <summary>A bilateral agreement on the office's status.</summary>
    BilateralAgreement,

    /// <summary>No instrument: the office has only the status of ordinary premises.</summary>
    None,
}
