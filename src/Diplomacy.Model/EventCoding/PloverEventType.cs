namespace Diplomacy.Model.EventCoding;

/// <summary>The sixteen PLOVER event types (written in upper case in PLOVER records).</summary>
public enum PloverEventType
{
    /// <summary>AGREE: agree to, or accept, an action.</summary>
    Agree,

    /// <summary>CONSULT: meet, visit, discuss.</summary>
    Consult,

    /// <summary>SUPPORT: express support, praise.</summary>
    Support,

    /// <summary>CONCEDE: yield, ease restrictions.</summary>
    Concede,

    /// <summary>COOPERATE: cooperate in a field.</summary>
    Cooperate,

    /// <summary>AID: provide aid, including asylum.</summary>
    Aid,

    /// <summary>RETREAT: withdraw, release.</summary>
    Retreat,

    /// <summary>REQUEST: appeal, demand, call for.</summary>
    Request,

    /// <summary>ACCUSE: accuse, criticize.</summary>
    Accuse,

    /// <summary>REJECT: refuse, decline.</summary>
    Reject,

    /// <summary>THREATEN: threaten.</summary>
    Threaten,

    /// <summary>PROTEST: demonstrate, protest.</summary>
    Protest,

    /// <summary>SANCTION: impose sanctions, expel.</summary>
    Sanction,

    /// <summary>MOBILIZE: mobilize forces.</summary>
    Mobilize,

    /// <summary>COERCE: seize, arrest, coerce.</summary>
    Coerce,

    /// <summary>ASSAULT: use violence.</summary>
    Assault,
}
