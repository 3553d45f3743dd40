using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Time;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>
/// Exports an incident's coded facts as PLOVER records: one record per statement or event that has
/// a PLOVER coding, and one per asylum step that <see cref="AsylumStepCoding"/> codes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><term>id</term><description><c>{incident}:statement:{id}</c>, <c>{incident}:event:{id}</c> or <c>{incident}:asylum:{claim}:{n}</c> (the claim's n-th step): stable across runs.</description></item>
/// <item><term>date, enddate, date_text</term><description>The first and, for a span of several days, last day of the resolved reported time; an unresolved time gives a null date and keeps its words in <c>date_text</c>.</description></item>
/// <item><term>source, recipient</term><description>For a statement: the speaker (coded from the post spoken from), and the named addressees. For an event: the first participant, and the others. For an asylum step: the parties <see cref="AsylumStepCoding"/> names. Codes follow <see cref="CameoActorCodes"/>; the identifier is the actor's Wikidata item.</description></item>
/// <item><term>event_text</term><description>The exact words of every attribution, in order, without repeats.</description></item>
/// <item><term>cite_info</term><description>The source of the first attribution; absent for a fact that is the analyst's own.</description></item>
/// </list>
/// Statements and events coded only with CAMEO are skipped: PLOVER drops CAMEO's comment and
/// appeal categories, so no PLOVER type is guessed from a CAMEO code.
/// </remarks>
public static class PloverExporter
{
    /// <summary>The PLOVER records of <paramref name="incident"/>, in the order statements, events, asylum steps.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The records, computed lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public static IEnumerable<PloverRecord> Export(Incident incident)
    {
        Preconditions.CheckNotNull(incident);
        return CodedFact.Of(incident)
            .Where(fact => fact.Coding.Plover is not null)
            .Select(fact => ToRecord(incident, fact));
    }

    private static PloverRecord ToRecord(Incident incident, CodedFact fact)
    {
        var (date, endDate, words) = Dates(fact.When);
        return new PloverRecord(
            fact.RecordId,
            fact.Coding.Plover!,
            date,
            endDate,
            words,
            fact.Actors.Select(ToActor).ToEquatableArray(),
            fact.Recipients.Select(ToActor).ToEquatableArray(),
            fact.Provenance.Attributions.Select(a => a.Span.Quote).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            fact.Provenance.Attributions.IsEmpty ? null : Citation(incident.GetSource(fact.Provenance.Attributions[0].Source)));
    }

    private static (NodaTime.LocalDate? Date, NodaTime.LocalDate? EndDate, string? Words) Dates(ReportedTime? when)
    {
        if (when?.Resolution is not { } resolution)
        {
            return (null, null, when?.Words);
        }
        var interval = resolution.Interval;
        return (interval.Start, interval.End == interval.Start ? null : interval.End, when.Words);
    }

    private static PloverActor ToActor(ActorCode code) =>
        new(code.Actor.DisplayName, code.Country, code.Sector, code.Actor.Wikidata, code.Office);

    private static PloverCitation Citation(Source source) =>
        new(source.Id.Value, source.Headline, source.Publisher, source.Address, source.Language);
}
