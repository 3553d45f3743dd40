namespace Diplomacy.Model.Statements;

/// <summary>Where or how a statement was made.</summary>
public enum VenueKind
{
    /// <summary>A ministry's regular press briefing.</summary>
    RegularPressBriefing,

    /// <summary>A press conference called for the purpose.</summary>
    PressConference,

    /// <summary>A written statement or press release.</summary>
    WrittenStatement,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>A speech.</summary>
    Speech,

    /// <summary>Through diplomatic channels (a note, a démarche).</summary>
    DiplomaticChannel,

    /// <summary>Anywhere else.</summary>
    Other,
}
