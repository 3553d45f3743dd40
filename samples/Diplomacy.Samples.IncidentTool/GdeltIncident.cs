using Diplomacy.Model;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Interop;

namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// The incident <c>import --gdelt</c> makes of one GDELT event: exactly what the row says, and no more.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><term>incident</term><description>Id <c>gdelt-{GLOBALEVENTID}</c>; title the event's description
/// (<c>CHINA → SOUTH KOREA: CAMEO 027 (GDELT event 1001)</c>).</description></item>
/// <item><term>source</term><description><see cref="GdeltEvent.ToSource"/>: the row itself (its hash), addressed
/// at the article it cites.</description></item>
/// <item><term>event</term><description><see cref="GdeltEvent.ToDiplomaticEvent"/>: coded with the row's CAMEO
/// EventCode, dated on SQLDATE, attributed to the whole row.</description></item>
/// <item><term>actors</term><description>One <see cref="State"/> per participant. A GDELT actor is a participant
/// when its Actor1/Actor2CountryCode is an officially assigned ISO 3166-1 alpha-3 code (CAMEO country codes
/// mostly are): it stands as that state (id the lower-case code, name and CAMEO code the code itself; the
/// finer CAMEO actor code, such as <c>CHNGOV</c>, stays in the row the event cites). An actor without a
/// country code (an IGO such as <c>IGOUNO</c>), or with a CAMEO-only one (a region such as <c>AFR</c>), is left
/// out of the participants, and the event's description says so. If both actors are of one state, the state
/// is listed once, and the description says so.</description></item>
/// </list>
/// Nothing is inferred: no names, posts, missions or statements.
/// </remarks>
internal static class GdeltIncident
{
    internal static Incident From(GdeltEvent row)
    {
        var states = new List<State>();
        var notes = new List<string>();
        AddParticipant("Actor1", row.Actor1, states, notes);
        AddParticipant("Actor2", row.Actor2, states, notes);

        var coded = row.ToDiplomaticEvent([.. states.Select(s => s.Id)]);
        var diplomaticEvent = notes.Count == 0
            ? coded
            : new DiplomaticEvent(coded.Id, coded.Kind, $"{coded.Description}. {string.Join(" ", notes)}", coded.Status, coded.Provenance,
                coded.Participants, coded.Location, coded.When, coded.Coding, coded.Regarding);
        return new Incident(
            new Id<Incident>(row.ModelId),
            coded.Description,
            sources: [row.ToSource()],
            actors: [.. states],
            events: [diplomaticEvent]);
    }

    private static void AddParticipant(string column, GdeltActor? actor, List<State> states, List<string> notes)
    {
        if (actor is null)
        {
            return; // GDELT coded no actor here; the description already says "unknown actor".
        }
        string who = actor.Code ?? actor.Name ?? "(uncoded)";
        if (actor.CountryCode is not { } country)
        {
            notes.Add($"{column} {who} has no country code and is not a participant.");
            return;
        }
        if (StateCode(country) is not { } code)
        {
            notes.Add($"{column} {who} has the CAMEO country code {country}, which is not an ISO 3166-1 alpha-3 code; it is not a participant.");
            return;
        }
        if (states.Any(s => s.Code == code))
        {
            notes.Add($"{column} {who} is of the same state ({code}) as Actor1; the state takes part once.");
            return;
        }
        states.Add(new State(new Id<Actor>(code.Value.ToLowerInvariant()), code, code.Value, cameoCode: code.Value));
    }

    // Only officially assigned codes: a user-assigned one (XKX and the like) means what its user says, not what CAMEO meant.
    private static CountryCode? StateCode(string country)
    {
        try
        {
            var code = new CountryCode(country);
            return code.IsOfficiallyAssigned ? code : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
