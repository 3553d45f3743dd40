namespace Diplomacy.Model.Relations;

/// <summary>A relation between two states worth naming in an incident.</summary>
public enum StateRelationKind
{
    /// <summary>The states are allies ("China, North Korea's longtime ally").</summary>
    Alliance,

    /// <summary>The states maintain diplomatic relations.</summary>
    DiplomaticRelations,

    /// <summary>The states recognize each other but have no diplomatic relations.</summary>
    NoDiplomaticRelations,

    /// <summary>At least one of the states does not recognize the other.</summary>
    NoMutualRecognition,
}
