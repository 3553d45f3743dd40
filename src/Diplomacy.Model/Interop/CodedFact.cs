using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Interop;

/// <summary>
/// One coded fact of an incident, as the exporters see it: a statement, an event or an asylum step
/// with its coding, the actors on either side, when it happened and where it is reported.
/// </summary>
/// <param name="RecordId">A stable id: <c>{incident}:statement:{id}</c>, <c>{incident}:event:{id}</c> or <c>{incident}:asylum:{claim}:{step}</c> (step counted from 1).</param>
/// <param name="Coding">The coding (the fact's own, or the default for an asylum step).</param>
/// <param name="Actors">Who acts, in order.</param>
/// <param name="Recipients">Who is acted upon, in order.</param>
/// <param name="When">When, as reported, or null.</param>
/// <param name="Provenance">Where it is reported.</param>
internal sealed record CodedFact(
    string RecordId,
    EventCode Coding,
    IReadOnlyList<ActorCode> Actors,
    IReadOnlyList<ActorCode> Recipients,
    ReportedTime? When,
    Provenance Provenance)
{
    /// <summary>
    /// The coded facts of <paramref name="incident"/> in a fixed order: statements, then events,
    /// then each asylum claim's coded steps, each in incident order.
    /// </summary>
    internal static IEnumerable<CodedFact> Of(Incident incident)
    {
        string prefix = incident.Id.Value;
        foreach (var statement in incident.Statements)
        {
            if (statement.Coding is { } coding)
            {
                var speaker = CameoActorCodes.Code(incident, statement.Speaker.Actor, statement.Speaker.Post, statement.OnBehalfOf);
                var addressees = statement.Addressees.Actors.Select(a => CameoActorCodes.Code(incident, a)).ToList();
                yield return new($"{prefix}:statement:{statement.Id}", coding, [speaker], addressees, statement.When, statement.Provenance);
            }
        }
        foreach (var diplomaticEvent in incident.Events)
        {
            if (diplomaticEvent.Coding is { } coding)
            {
                // The first participant acts; the others are acted upon (a visitor and a host, negotiating parties).
                var participants = diplomaticEvent.Participants.Select(p => CameoActorCodes.Code(incident, p)).ToList();
                yield return new($"{prefix}:event:{diplomaticEvent.Id}", coding, participants.Take(1).ToList(), participants.Skip(1).ToList(),
                    diplomaticEvent.When, diplomaticEvent.Provenance);
            }
        }
        foreach (var claim in incident.AsylumClaims)
        {
            for (int i = 0; i < claim.History.Changes.Count; i++)
            {
                var step = claim.History.Changes[i];
                if (AsylumStepCoding.DefaultFor(step.Status) is { } coding)
                {
                    var (actor, recipient) = AsylumStepCoding.Parties(claim, step.Status);
                    yield return new($"{prefix}:asylum:{claim.Id}:{i + 1}", coding,
                        actor is null ? [] : [CameoActorCodes.Code(incident, actor)],
                        recipient is null ? [] : [CameoActorCodes.Code(incident, recipient)],
                        step.When, step.Provenance);
                }
            }
        }
    }
}
