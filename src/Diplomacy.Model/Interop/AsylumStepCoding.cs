using System.Collections.Frozen;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.EventCoding;

namespace Diplomacy.Model.Interop;

/// <summary>
/// The default event coding of an asylum step, used when a claim's history is exported as event
/// data (steps carry no coding of their own), with who acts and who is acted upon. This table is the
/// one place the mapping is defined.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>step</term><description>CAMEO; PLOVER; actor → recipient</description></listheader>
/// <item><term>AsylumRequested</term><description>023 appeal for aid; REQUEST/-/asylum; claimant → state asked</description></item>
/// <item><term>UnderNegotiation</term><description>046 engage in negotiation; CONSULT/-/asylum; state asked → state fled</description></item>
/// <item><term>Granted</term><description>075 grant asylum; AID/-/asylum; state asked → claimant</description></item>
/// <item><term>Refused</term><description>123 reject request for material aid; REJECT/-/asylum; state asked → claimant</description></item>
/// <item><term>SafeConductIssued</term><description>0841 return, release person(s); RETREAT/-/asylum; state fled → claimant</description></item>
/// </list>
/// Other steps (refuge taken, under consideration, withdrawn, left refuge, transfer, arrival,
/// repatriation) describe movements or waiting rather than an act of one party towards another
/// that CAMEO or PLOVER codes without guessing, and are not exported. A step whose acting or
/// acted-upon party the claim does not name is exported with that side left empty.
/// </remarks>
public static class AsylumStepCoding
{
    private static readonly FrozenDictionary<AsylumStatus, Entry> Table = new Dictionary<AsylumStatus, Entry>
    {
        [AsylumStatus.AsylumRequested] = new("023", PloverEventType.Request, Party.Claimant, Party.StateAsked),
        [AsylumStatus.UnderNegotiation] = new("046", PloverEventType.Consult, Party.StateAsked, Party.StateFled),
        [AsylumStatus.Granted] = new("075", PloverEventType.Aid, Party.StateAsked, Party.Claimant),
        [AsylumStatus.Refused] = new("123", PloverEventType.Reject, Party.StateAsked, Party.Claimant),
        [AsylumStatus.SafeConductIssued] = new("0841", PloverEventType.Retreat, Party.StateFled, Party.Claimant),
    }.ToFrozenDictionary();

    private enum Party
    {
        Claimant,
        StateAsked,
        StateFled,
    }

    /// <summary>The default coding of a step reaching <paramref name="status"/>, or null when such steps are not coded.</summary>
    /// <param name="status">The stage reached.</param>
    /// <returns>For <see cref="AsylumStatus.Granted"/>: CAMEO 075, PLOVER AID/-/asylum.</returns>
    public static EventCode? DefaultFor(AsylumStatus status) =>
        Table.TryGetValue(status, out var entry) ? new EventCode(new CameoCode(entry.Cameo), new PloverCoding(entry.Plover, context: "asylum")) : null;

    /// <summary>Who acts and who is acted upon in a coded step of <paramref name="claim"/>; either may be null when the claim does not name it.</summary>
    internal static (Id<Actor>? Actor, Id<Actor>? Recipient) Parties(AsylumClaim claim, AsylumStatus status)
    {
        var entry = Table[status];
        return (Resolve(claim, entry.Actor), Resolve(claim, entry.Recipient));
    }

    private static Id<Actor>? Resolve(AsylumClaim claim, Party party) => party switch
    {
        Party.Claimant => claim.Claimant,
        Party.StateAsked => claim.StateAsked,
        _ => claim.StateFled,
    };

    private sealed record Entry(string Cameo, PloverEventType Plover, Party Actor, Party Recipient);
}
