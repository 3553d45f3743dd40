using Diplomacy.Model.Incidents;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>
/// Exports an incident's coded facts as CAMEO rows: every statement or event with a CAMEO code,
/// and every asylum step that <see cref="AsylumStepCoding"/> codes.
/// </summary>
/// <remarks>
/// As in CAMEO-coded data sets, a fact with several targets gives one row per target (a statement
/// addressed to two states is two rows with the same id); a fact with no target gives one row with
/// no target. The source of a statement is its speaker, coded from the post spoken from; of an
/// event, its first participant (the others are targets); of an asylum step, the party the table
/// names. Actor codes follow <see cref="CameoActorCodes"/>; the date is the first day of the
/// resolved reported time, or empty.
/// </remarks>
public static class CameoExporter
{
    /// <summary>The CAMEO rows of <paramref name="incident"/>, in the order statements, events, asylum steps.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The rows, computed lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public static IEnumerable<CameoRow> Export(Incident incident)
    {
        Preconditions.CheckNotNull(incident);
        return CodedFact.Of(incident).Where(fact => fact.Coding.Cameo is not null).SelectMany(ToRows);
    }

    private static IEnumerable<CameoRow> ToRows(CodedFact fact)
    {
        var date = fact.When?.Resolution?.Interval.Start;
        var source = fact.Actors.Count > 0 ? fact.Actors[0].Cameo : null;
        if (fact.Recipients.Count == 0)
        {
            yield return new CameoRow(fact.RecordId, fact.Coding.Cameo!, date, source);
            yield break;
        }
        foreach (var target in fact.Recipients)
        {
            yield return new CameoRow(fact.RecordId, fact.Coding.Cameo!, date, source, target.Cameo);
        }
    }
}
