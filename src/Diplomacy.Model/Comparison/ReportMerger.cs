using Diplomacy.Model.Annotations;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// Merges reports of one incident into one incident that holds every source and every fact of
/// every report, each with its attributions, where what the reports talk about in common becomes
/// one entity. Alignment follows <see cref="ReportComparer"/>, never ids: states by ISO code; the
/// claimant of an asylum claim by name or, unnamed, by nationality and state fled; other named
/// persons by name; organizations by state, kind and a shared name or alias; legal instruments by
/// id (the well-known ones share ids); missions and relations when they are the same fact told again.
/// </summary>
/// <remarks>
/// <para><b>One entity from several reports.</b> The pivot's (first report's) entity is kept and the
/// others' facts are added to it: aliases from every report, each with its own provenance (the
/// same words of the same kind from several reports become one alias citing all of them). A named
/// person absorbs an aligned unnamed one, whose description becomes an alias of kind
/// <see cref="Actors.AliasKind.Description"/> read where that report read it; a differing name
/// becomes an alias of kind <see cref="Actors.AliasKind.Name"/>. A merged entity absorbs at most
/// one entity of each report, so a report's distinct entities stay distinct. Entities that do not
/// align — unnamed people who are not claimants, groups, posts, statements, events, remarks — are
/// kept side by side, each with its own provenance.</para>
/// <para><b>Contradictions are kept, not resolved.</b> Claims of the aligned claimant become one
/// claim only when nothing contradicts (the same kind or one unspecified; the same states, place
/// of refuge and grounds, or one unstated; every step of one history a step of the other, or one
/// history empty). Otherwise each report's claim is kept as a claim of its own — the same merged
/// claimant, its own place of refuge, history and provenance — and the statements and events
/// regarding it still point at it. So the seed reports merge into one claimant, Ri Pyong-chol,
/// with two claims: refuge in South Korea's trade mission in Beijing (report 000) and in "the
/// embassy in Seoul" (report 001), both missions present. A merged fact never asserts what one of
/// its sources did not say; <see cref="ReportComparer"/> names the contradiction.</para>
/// <para><b>Ids.</b> The pivot keeps all its ids. An entity of another report that is folded into
/// a merged entity takes that entity's id; a new one keeps its own id if free, else gets its
/// source id (':' as '-') as a prefix, <c>src-001.group.south-korean-officials</c>, numbered
/// <c>-2</c>, <c>-3</c>… if that too is taken. Every reference inside a moved entity, including an
/// attribution's <c>attributedTo</c>, is rewritten; source ids are never changed.</para>
/// <para><b>Order and determinism.</b> The pivot's entities come first in its order, then the new
/// ones in report order; the same reports in the same order give an equal incident.</para>
/// <para><b>Idempotence.</b> A report given again (equal to one already merged) adds nothing:
/// <c>Merge([r, r])</c> equals <c>Merge([r])</c>, which holds exactly the entities of
/// <c>r.Account</c> (under the new id and title). Two different reports from one source are an error.</para>
/// <para><b>Cost.</b> Each report is aligned through hash lookups against what is merged so far, so
/// the work grows with the total size of the reports, never with the number of pairs of reports.
/// Stateless and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ReportMerger
{
    private ReportMerger()
    {
    }

    /// <summary>A merger (it holds no state; one instance can be shared).</summary>
    public static ReportMerger Instance { get; } = new();

    /// <summary>Merges two reports of one incident; the first is the pivot.</summary>
    /// <param name="first">The pivot report, whose ids and order are kept.</param>
    /// <param name="second">The other report.</param>
    /// <param name="id">The merged incident's id.</param>
    /// <param name="title">The merged incident's title.</param>
    /// <returns>One incident holding both sources and every fact of both reports.</returns>
    /// <exception cref="ArgumentException">The reports are different reports from the same source, or the title is blank.</exception>
    public Incident Merge(Report first, Report second, Id<Incident> id, string title) =>
        Merge([Preconditions.CheckNotNull(first), Preconditions.CheckNotNull(second)], id, title);

    /// <summary>Merges reports of one incident; the first is the pivot.</summary>
    /// <param name="reports">One or more reports of one incident, from different sources (a report repeated is merged once).</param>
    /// <param name="id">The merged incident's id.</param>
    /// <param name="title">The merged incident's title.</param>
    /// <returns>One incident holding every source and every fact of every report.</returns>
    /// <exception cref="ArgumentException">No reports, a null report, two different reports from one source, or a blank title.</exception>
    public Incident Merge(IReadOnlyList<Report> reports, Id<Incident> id, string title)
    {
        Preconditions.CheckNotNull(reports);
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotBlank(title);
        Preconditions.CheckArgument(reports.Count >= 1, nameof(reports), "A merge needs at least one report.");
        var merge = new IncidentMerge();
        for (int i = 0; i < reports.Count; i++)
        {
            Preconditions.CheckArgument(reports[i] is not null, nameof(reports), $"reports[{i}] is null.");
            merge.Add(reports[i]);
        }
        return merge.Build(id, title);
    }
}
