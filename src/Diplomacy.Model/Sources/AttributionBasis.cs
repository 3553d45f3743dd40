namespace Diplomacy.Model.Sources;

/// <summary>
/// The basis a source gives for a claim: who, according to the source, says so. The same words
/// weigh differently when a named official says them on the record and when the reporter asserts them.
/// </summary>
public enum AttributionBasis
{
    /// <summary>A named official, on the record ("spokesperson Zhao Lijian said").</summary>
    NamedOfficial,

    /// <summary>An institution's statement or confirmation ("South Korea's foreign ministry confirmed").</summary>
    InstitutionalStatement,

    /// <summary>Unnamed sources ("according to sources", "officials said, speaking anonymously").</summary>
    AnonymousSources,

    /// <summary>The reporter states it as fact, with no one cited.</summary>
    ReporterAssertion,

    /// <summary>The reporter hedges it without citing anyone ("reportedly", "are thought to").</summary>
    HedgedReport,

    /// <summary>The reporter's analysis or interpretation ("his defection suggests…").</summary>
    Analysis,

    /// <summary>The reporter's or publication's opinion ("a step in the right direction").</summary>
    Opinion,

    /// <summary>General background or context, not about the incident itself.</summary>
    Background,
}
