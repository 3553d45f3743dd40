using Diplomacy.Model.Annotations;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Plausibility;

/// <summary>
/// Checks an incident's claims against the legal facts of missions and asylum, using only what
/// the incident holds (no outside knowledge of which states have relations): a finding is a
/// claim to look at again, not a proof that it is false.
/// </summary>
[Immutable]
public sealed class PlausibilityChecker
{
    /// <summary>A checker (it holds no state; one instance can be shared).</summary>
    public static PlausibilityChecker Instance { get; } = new();

    /// <summary>Checks <paramref name="incident"/> against every <see cref="PlausibilityRule"/>.</summary>
    /// <param name="incident">The incident, or one report's account of it.</param>
    /// <returns>The findings, by rule then in document order.</returns>
    public EquatableArray<PlausibilityFinding> Check(Incident incident)
    {
        Preconditions.CheckNotNull(incident);
        var findings = new List<PlausibilityFinding>();
        CheckRefugeInMissionOfStateFled(incident, findings);
        CheckPremisesClaims(incident, findings);
        CheckMissionsWithoutRelations(incident, findings);
        return findings.ToEquatableArray();
    }

    private static void CheckRefugeInMissionOfStateFled(Incident incident, List<PlausibilityFinding> findings)
    {
        for (int i = 0; i < incident.AsylumClaims.Count; i++)
        {
            var claim = incident.AsylumClaims[i];
            if (claim.Refuge is not MissionRefuge refuge)
            {
                continue;
            }
            var mission = incident.GetMission(refuge.Mission);
            // Without a stated state fled, the claimant's nationality is the state fled in the model's sense.
            var fled = claim.StateFled ?? (incident.GetActor(claim.Claimant) as Actors.Person)?.Nationality;
            if (fled is not null && mission.SendingState == fled)
            {
                findings.Add(new(PlausibilityRule.RefugeInMissionOfStateFled,
                    $"Refuge from {incident.GetActor(fled).DisplayName} is placed in {incident.GetActor(fled).DisplayName}'s own {mission.Kind} in {mission.City ?? "(city not stated)"}: the premises of the state fled offer no protection from it.",
                    $"$.asylumClaims[{i}].refuge",
                    Cite(claim.Provenance, mission.Provenance)));
            }
        }
    }

    private static void CheckPremisesClaims(Incident incident, List<PlausibilityFinding> findings)
    {
        for (int i = 0; i < incident.Missions.Count; i++)
        {
            var mission = incident.Missions[i];
            var regime = mission.Regime;
            for (int c = 0; c < mission.PremisesClaims.Count; c++)
            {
                var claim = mission.PremisesClaims[c];
                string path = $"$.missions[{i}].premisesClaims[{c}]";
                if (claim.AssumesInviolability && regime.Inviolability is PremisesInviolability.None or PremisesInviolability.ProtectionOnly)
                {
                    findings.Add(new(PlausibilityRule.InviolabilityAssumedWithoutBasis,
                        $"The source assumes {claim.Assertion} for a {mission.Kind}, whose premises are not inviolable ({regime.Provision}).",
                        path, Cite(claim.Provenance, mission.Provenance)));
                }
                else if (!claim.AssumesInviolability && regime.Inviolability == PremisesInviolability.Full)
                {
                    findings.Add(new(PlausibilityRule.EntryAssumedDespiteInviolability,
                        $"The source assumes {claim.Assertion} for a {mission.Kind}, whose premises are inviolable ({regime.Provision}).",
                        path, Cite(claim.Provenance, mission.Provenance)));
                }
            }
        }
    }

    private static void CheckMissionsWithoutRelations(Incident incident, List<PlausibilityFinding> findings)
    {
        for (int i = 0; i < incident.Missions.Count; i++)
        {
            var mission = incident.Missions[i];
            if (!mission.Regime.IsDiplomatic || mission.Kind is MissionKind.InterestsSection or MissionKind.PermanentMission)
            {
                continue;
            }
            foreach (var relation in incident.Relations)
            {
                if (relation.Connects(mission.SendingState, mission.ReceivingState)
                    && relation.Kind is StateRelationKind.NoDiplomaticRelations or StateRelationKind.NoMutualRecognition)
                {
                    findings.Add(new(PlausibilityRule.DiplomaticMissionWithoutRelations,
                        $"{mission.Kind} of {incident.GetActor(mission.SendingState).DisplayName} in {incident.GetActor(mission.ReceivingState).DisplayName}, yet the incident has {relation.Kind} between them.",
                        $"$.missions[{i}]", Cite(mission.Provenance, relation.Provenance)));
                }
            }
        }
    }

    private static EquatableArray<Attribution> Cite(params Provenance[] provenances) =>
        provenances.SelectMany(p => p.Attributions).Distinct().ToEquatableArray();
}
