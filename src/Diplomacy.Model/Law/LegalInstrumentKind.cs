namespace Diplomacy.Model.Law;

/// <summary>What kind of legal text an instrument is.</summary>
public enum LegalInstrumentKind
{
    /// <summary>A treaty open to many states (the Vienna Conventions, the Refugee Convention).</summary>
    MultilateralTreaty,

    /// <summary>An agreement between two states or a state and an organization.</summary>
    BilateralAgreement,

    /// <summary>A state's own law.</summary>
    DomesticLaw,

    /// <summary>A resolution of an international body.</summary>
    Resolution,

    /// <summary>A judgment of a court (the ICJ's <i>Asylum</i> case).</summary>
    Judgment,

    /// <summary>Any other instrument.</summary>
    Other,
}
