using Diplomacy.Model.Actors;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// One report's account indexed by what stays the same across reports — states' ISO codes, event
/// kinds — rather than by report-local ids, so aligning two reports is a matter of hash lookups.
/// Built once per report.
/// </summary>
internal sealed class AccountIndex
{
    internal AccountIndex(Report report)
    {
        Report = report;
        Incident = report.Account;
        foreach (var statement in Incident.Statements)
        {
            string key = StateOfStatement(statement) ?? "(unattributed)";
            Add(StatementsByState, key, statement);
        }
        foreach (var e in Incident.Events)
        {
            Add(EventsByKey, EventKey(e), e);
        }
        foreach (var relation in Incident.Relations)
        {
            Add(RelationsByPair, PairKey(relation), relation);
        }
    }

    internal Report Report { get; }

    internal Incident Incident { get; }

    internal Id<Source> Source => Report.Source.Id;

    /// <summary>Statements keyed by the ISO code of the state they are made for, in report order.</summary>
    internal Dictionary<string, List<Statement>> StatementsByState { get; } = new(StringComparer.Ordinal);

    /// <summary>Events keyed by kind and the participants' states.</summary>
    internal Dictionary<string, List<DiplomaticEvent>> EventsByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>Relations keyed by the two states' codes, in code order.</summary>
    internal Dictionary<string, List<StateRelation>> RelationsByPair { get; } = new(StringComparer.Ordinal);

    /// <summary>The ISO code of a state, an organization's state, or a person's nationality; null if none.</summary>
    internal string? CodeOf(Id<Actor>? id) => Incident.CountryCodeOf(id);

    internal string EventKey(DiplomaticEvent e) =>
        $"{e.Kind} {string.Join("+", e.Participants.Select(p => CodeOf(p) ?? Incident.GetActor(p).DisplayName).Distinct().Order(StringComparer.Ordinal))}";

    internal string PairKey(StateRelation relation)
    {
        string a = CodeOf(relation.First) ?? relation.First.Value;
        string b = CodeOf(relation.Second) ?? relation.Second.Value;
        return string.CompareOrdinal(a, b) <= 0 ? $"{a}–{b}" : $"{b}–{a}";
    }

    /// <summary>The attributions of <paramref name="provenances"/>, in order, without repeats.</summary>
    internal static EquatableArray<Attribution> Cite(IEnumerable<Provenance> provenances) =>
        provenances.SelectMany(p => p.Attributions).Distinct().ToEquatableArray();

    private string? StateOfStatement(Statement statement) => CodeOf(statement.OnBehalfOf) ?? CodeOf(statement.Speaker.Actor);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(item);
    }
}
