namespace Diplomacy.Model.Statements;

/// <summary>How a statement names whom it addresses.</summary>
public enum AddresseeScope
{
    /// <summary>The statement names its addressees (the listed actors).</summary>
    Named,

    /// <summary>"Both sides": the two parties to the matter.</summary>
    BothSides,

    /// <summary>"Relevant parties": unnamed parties concerned.</summary>
    RelevantParties,

    /// <summary>All states, or the international community.</summary>
    AllStates,

    /// <summary>The public, or no one in particular.</summary>
    Public,

    /// <summary>The source does not say.</summary>
    Unspecified,
}
