using Diplomacy.Model.Actors;

namespace Diplomacy.Model.Interop;

/// <summary>
/// How an actor is coded for event data: its country (three letters), its role or sector (GOV,
/// MIL…), the office it acts from, and the actor itself. Built by <see cref="CameoActorCodes"/>.
/// </summary>
internal readonly record struct ActorCode(Actor Actor, string? Country, string? Sector, string? Office)
{
    /// <summary>The CAMEO actor code: country then sector (<c>CHNGOV</c>), or null when neither is known.</summary>
    public string? Cameo => Country is null && Sector is null ? null : Country + Sector;
}
