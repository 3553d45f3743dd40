namespace Diplomacy.Model.Comparison;

/// <summary>What part of an incident a comparison finding is about.</summary>
public enum ComparisonAspect
{
    /// <summary>An asylum claim as a whole, when only one report has it.</summary>
    Claim,

    /// <summary>Who seeks asylum: named or described, with nationality and post.</summary>
    Claimant,

    /// <summary>The kind of asylum sought (diplomatic, territorial, refugee status).</summary>
    AsylumKind,

    /// <summary>The state the claimant flees.</summary>
    StateFled,

    /// <summary>The state asked for protection.</summary>
    StateAsked,

    /// <summary>Where refuge is taken: which mission (sending state, receiving state, city, kind) or territory.</summary>
    PlaceOfRefuge,

    /// <summary>One stage of the claim's history and its time (the subject names the stage, e.g. RefugeTaken).</summary>
    AsylumStep,

    /// <summary>People put at risk by the claim (the subject names the kinship).</summary>
    PersonAtRisk,

    /// <summary>What a state says, through any speaker on its behalf (the subject is the state's ISO code).</summary>
    StateResponse,

    /// <summary>Another event of the incident (the subject names its kind and the participants' states).</summary>
    Event,

    /// <summary>A relation between two states (the subject names the two states).</summary>
    Relation,
}
