namespace Diplomacy.Model.Asylum;

/// <summary>How a person at risk is related to the claimant.</summary>
public enum Kinship
{
    /// <summary>Husband or wife.</summary>
    Spouse,

    /// <summary>Son or daughter.</summary>
    Child,

    /// <summary>Father or mother.</summary>
    Parent,

    /// <summary>Brother or sister.</summary>
    Sibling,

    /// <summary>Other family.</summary>
    OtherFamily,

    /// <summary>A colleague or associate.</summary>
    Associate,
}
