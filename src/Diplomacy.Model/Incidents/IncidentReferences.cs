using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Incidents;

/// <summary>
/// Checks that every reference inside an incident resolves to an entity of the right kind. Kept
/// apart from <see cref="Incident"/> so the aggregate reads in one screen.
/// </summary>
internal sealed class IncidentReferences
{
    private readonly Incident incident;

    internal IncidentReferences(Incident incident) => this.incident = incident;

    internal void CheckAll()
    {
        CheckActors();
        CheckPosts();
        CheckRelations();
        CheckMissions();
        CheckClaims();
        CheckStatements();
        CheckEvents();
        CheckRemarks();
        foreach (var (path, provenance) in incident.EnumerateProvenance())
        {
            for (int i = 0; i < provenance.Attributions.Count; i++)
            {
                var attribution = provenance.Attributions[i];
                JsonPath at = $"{path}.attributions[{i}]";
                if (!incident.TryGetSource(attribution.Source, out _))
                {
                    Fail($"{at}.source", $"source '{attribution.Source}' is not in the incident.", "sources");
                }
                if (attribution.AttributedTo is { } cited)
                {
                    RequireActor($"{at}.attributedTo", cited, "actor");
                }
            }
        }
    }

    private void CheckActors()
    {
        for (int i = 0; i < incident.Actors.Count; i++)
        {
            switch (incident.Actors[i])
            {
                case Organization { State: { } state }:
                    RequireState($"$.actors[{i}].state", state);
                    break;
                case Person { Nationality: { } nationality }:
                    RequireState($"$.actors[{i}].nationality", nationality);
                    break;
            }
        }
    }

    private void CheckPosts()
    {
        for (int i = 0; i < incident.Posts.Count; i++)
        {
            var post = incident.Posts[i];
            RequirePerson($"$.posts[{i}].holder", post.Holder);
            var served = RequireActor($"$.posts[{i}].serves", post.Serves, "organization or state");
            if (served is Person)
            {
                Fail($"$.posts[{i}].serves", $"'{post.Serves}' is a person; a post serves an organization or a state.");
            }
            RequireLocation($"$.posts[{i}].exercisedIn", post.ExercisedIn);
        }
    }

    private void CheckRelations()
    {
        for (int i = 0; i < incident.Relations.Count; i++)
        {
            RequireState($"$.relations[{i}].first", incident.Relations[i].First);
            RequireState($"$.relations[{i}].second", incident.Relations[i].Second);
        }
    }

    private void CheckMissions()
    {
        for (int i = 0; i < incident.Missions.Count; i++)
        {
            var mission = incident.Missions[i];
            JsonPath at = $"$.missions[{i}]";
            RequireState($"{at}.sendingState", mission.SendingState);
            RequireState($"{at}.receivingState", mission.ReceivingState);
            if (mission.Head is { } head)
            {
                RequirePerson($"{at}.head", head);
            }
            if (mission.AccreditedTo is { } organization && RequireActor($"{at}.accreditedTo", organization, "organization") is not Organization)
            {
                Fail($"{at}.accreditedTo", $"'{organization}' is not an organization; a permanent mission is accredited to an international organization.");
            }
            if (mission.ProtectingPower is { } power)
            {
                RequireState($"{at}.protectingPower", power);
            }
            if (mission.PartOf is { } embassyId)
            {
                if (!incident.TryGetMission(embassyId, out var embassy))
                {
                    Fail($"{at}.partOf", $"mission '{embassyId}' is not in the incident.");
                }
                if (!embassy.Regime.IsDiplomatic || embassy.Kind is MissionKind.ConsularSection or MissionKind.InterestsSection or MissionKind.PermanentMission)
                {
                    Fail($"{at}.partOf", $"a consular section is part of an embassy (or legation, high commission, nunciature); '{embassyId}' is a {embassy.Kind}.");
                }
                if (embassy.SendingState != mission.SendingState)
                {
                    Fail($"{at}.partOf", $"the consular section's sending state '{mission.SendingState}' differs from its embassy's '{embassy.SendingState}'.");
                }
                if (embassy.ReceivingState != mission.ReceivingState)
                {
                    Fail($"{at}.partOf", $"the consular section's receiving state '{mission.ReceivingState}' differs from its embassy's '{embassy.ReceivingState}'; it is part of the embassy's premises.");
                }
            }
            if (mission.Agreement is { } agreement)
            {
                RequireInstrument($"{at}.agreement.instrument", agreement.Instrument);
            }
        }
    }

    private void CheckClaims()
    {
        for (int i = 0; i < incident.AsylumClaims.Count; i++)
        {
            var claim = incident.AsylumClaims[i];
            JsonPath at = $"$.asylumClaims[{i}]";
            RequirePerson($"{at}.claimant", claim.Claimant);
            if (claim.StateFled is { } fled)
            {
                RequireState($"{at}.stateFled", fled);
            }
            if (claim.StateAsked is { } asked)
            {
                RequireState($"{at}.stateAsked", asked);
            }
            switch (claim.Refuge)
            {
                case MissionRefuge refuge when !incident.TryGetMission(refuge.Mission, out _):
                    Fail($"{at}.refuge.mission", $"mission '{refuge.Mission}' is not in the incident.");
                    break;
                case TerritorialRefuge refuge:
                    RequireLocation($"{at}.refuge.location", refuge.Location);
                    break;
            }
            var steps = claim.History.Changes;
            for (int s = 0; s < steps.Count; s++)
            {
                if (steps[s].Via is { } via)
                {
                    RequireState($"{at}.history[{s}].via", via);
                }
            }
            for (int p = 0; p < claim.PeopleAtRisk.Count; p++)
            {
                RequirePerson($"{at}.peopleAtRisk[{p}].person", claim.PeopleAtRisk[p].Person);
                RequireLocation($"{at}.peopleAtRisk[{p}].whereabouts", claim.PeopleAtRisk[p].Whereabouts);
            }
            if (claim.Grounds?.Persecutor is { } persecutor)
            {
                RequireActor($"{at}.grounds.persecutor", persecutor, "actor");
            }
        }
    }

    private void CheckStatements()
    {
        for (int i = 0; i < incident.Statements.Count; i++)
        {
            var statement = incident.Statements[i];
            JsonPath at = $"$.statements[{i}]";
            RequireActor($"{at}.speaker.actor", statement.Speaker.Actor, "actor");
            if (statement.Speaker.Post is { } postId)
            {
                if (!incident.TryGetPost(postId, out var post))
                {
                    Fail($"{at}.speaker.post", $"post '{postId}' is not in the incident.");
                }
                if (post.Holder != statement.Speaker.Actor)
                {
                    Fail($"{at}.speaker.post", $"post '{postId}' is held by '{post.Holder}', not by the speaker '{statement.Speaker.Actor}'.");
                }
            }
            if (statement.OnBehalfOf is { } state)
            {
                RequireState($"{at}.onBehalfOf", state);
            }
            for (int a = 0; a < statement.Addressees.Actors.Count; a++)
            {
                RequireActor($"{at}.addressees.actors[{a}]", statement.Addressees.Actors[a], "actor");
            }
            for (int n = 0; n < statement.Invokes.Count; n++)
            {
                RequireInstrument($"{at}.invokes[{n}]", statement.Invokes[n]);
            }
            if (statement.Regarding is { } claimId && !incident.TryGetAsylumClaim(claimId, out _))
            {
                Fail($"{at}.regarding", $"asylum claim '{claimId}' is not in the incident.");
            }
        }
    }

    private void CheckEvents()
    {
        for (int i = 0; i < incident.Events.Count; i++)
        {
            var e = incident.Events[i];
            for (int p = 0; p < e.Participants.Count; p++)
            {
                RequireActor($"$.events[{i}].participants[{p}]", e.Participants[p], "actor");
            }
            RequireLocation($"$.events[{i}].location", e.Location);
            if (e.Regarding is { } claimId && !incident.TryGetAsylumClaim(claimId, out _))
            {
                Fail($"$.events[{i}].regarding", $"asylum claim '{claimId}' is not in the incident.");
            }
        }
    }

    private void CheckRemarks()
    {
        for (int i = 0; i < incident.Remarks.Count; i++)
        {
            var remark = incident.Remarks[i];
            for (int c = 0; c < remark.Concerning.Count; c++)
            {
                RequireActor($"$.remarks[{i}].concerning[{c}]", remark.Concerning[c], "actor");
            }
        }
    }

    private void RequireLocation(JsonPath path, Location? location)
    {
        if (location is not null)
        {
            RequireState($"{path}.country", location.Country);
        }
    }

    private Actor RequireActor(JsonPath path, Id<Actor> id, string expected)
    {
        if (!incident.TryGetActor(id, out var actor))
        {
            Fail(path, $"{expected} '{id}' is not in the incident.");
        }
        return actor;
    }

    private void RequireState(JsonPath path, Id<Actor> id)
    {
        if (RequireActor(path, id, "state") is not Actors.State)
        {
            Fail(path, $"'{id}' is a {incident.GetActor(id).GetType().Name}, but a state is required here.");
        }
    }

    private void RequirePerson(JsonPath path, Id<Actor> id)
    {
        if (RequireActor(path, id, "person") is not Actors.Person)
        {
            Fail(path, $"'{id}' is a {incident.GetActor(id).GetType().Name}, but a person is required here.");
        }
    }

    private void RequireInstrument(JsonPath path, Id<LegalInstrument> id)
    {
        if (!incident.TryGetInstrument(id, out _))
        {
            Fail(path, $"legal instrument '{id}' is not in the incident.");
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(JsonPath path, string problem, string? paramName = null)
    {
        string at = path.ToString();
        throw new IncidentIntegrityException(at, problem, paramName ?? at.Split('.', '[')[1]);
    }
}
