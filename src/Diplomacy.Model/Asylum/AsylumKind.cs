namespace Diplomacy.Model.Asylum;

/// <summary>What kind of protection is sought. Diplomatic asylum is not refugee status.</summary>
public enum AsylumKind
{
    /// <summary>The source says only "asylum".</summary>
    Unspecified,

    /// <summary>
    /// Refuge in a mission's premises on the territory of the state fled, or of a third state. A right
    /// only among parties to the Caracas Convention (1954); elsewhere a humanitarian practice resolved
    /// by negotiation (ICJ, <i>Asylum</i>, Colombia v Peru, 1950).
    /// </summary>
    Diplomatic,

    /// <summary>Asylum granted by a state on its own territory.</summary>
    Territorial,

    /// <summary>Refugee status under the 1951 Convention, with protection against refoulement.</summary>
    RefugeeStatus,
}
