namespace Diplomacy.Model.Events;

/// <summary>What kind of event, other than a statement or an asylum step, an incident involves.</summary>
public enum DiplomaticEventKind
{
    /// <summary>A visit by a head of state or government ("Kim Jong Un planning to visit China").</summary>
    StateVisit,

    /// <summary>A meeting or summit between leaders or officials.</summary>
    Meeting,

    /// <summary>Negotiations ("officials from both sides hold tense negotiations").</summary>
    Negotiation,

    /// <summary>A defection.</summary>
    Defection,

    /// <summary>A purge, crackdown or other internal measure.</summary>
    Crackdown,

    /// <summary>Sanctions or their circumvention.</summary>
    Sanctions,

    /// <summary>Anything else.</summary>
    Other,
}
