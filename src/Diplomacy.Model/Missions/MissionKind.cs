namespace Diplomacy.Model.Missions;

/// <summary>
/// What kind of premises a mission is. The kind decides the legal regime and whether the premises
/// are inviolable (see <see cref="MissionRegime"/>): an embassy is not a consulate, and a trade
/// office is neither.
/// </summary>
public enum MissionKind
{
    /// <summary>A mission whose kind the source does not say ("the mission").</summary>
    Unspecified,

    /// <summary>An embassy (VCDR 1961).</summary>
    Embassy,

    /// <summary>A high commission, the embassy between Commonwealth members (VCDR 1961).</summary>
    HighCommission,

    /// <summary>An apostolic nunciature, the Holy See's embassy (VCDR 1961).</summary>
    Nunciature,

    /// <summary>A legation, a mission headed by a minister (VCDR 1961).</summary>
    Legation,

    /// <summary>The consular section of an embassy: part of the embassy's premises (VCDR Art. 3(2)), not a consulate.</summary>
    ConsularSection,

    /// <summary>An interests section hosted by a protecting power's mission (VCDR Arts. 45–46).</summary>
    InterestsSection,

    /// <summary>A permanent mission to an international organization (headquarters agreement, Vienna 1975).</summary>
    PermanentMission,

    /// <summary>A consulate-general (VCCR 1963).</summary>
    ConsulateGeneral,

    /// <summary>A consulate (VCCR 1963).</summary>
    Consulate,

    /// <summary>A vice-consulate (VCCR 1963).</summary>
    ViceConsulate,

    /// <summary>An honorary consulate, headed by an honorary consular officer (VCCR chapter III).</summary>
    HonoraryConsulate,

    /// <summary>A trade mission: privileges only as a bilateral agreement grants.</summary>
    TradeMission,

    /// <summary>A trade office: privileges only as a bilateral agreement grants.</summary>
    TradeOffice,

    /// <summary>A representative office (often where there are no diplomatic relations): privileges only by agreement.</summary>
    RepresentativeOffice,

    /// <summary>A liaison office: privileges only by agreement.</summary>
    LiaisonOffice,
}
