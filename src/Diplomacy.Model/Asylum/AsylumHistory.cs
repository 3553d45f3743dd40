using System.Collections.Frozen;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>
/// The ordered steps of an asylum claim, oldest first, checked so that only histories that make
/// sense can be built: no grant before a request, no arrival before leaving, nothing after the end.
/// </summary>
/// <remarks>
/// Many real cases never reach <see cref="AsylumStatus.Granted"/>: refuge ends by leaving after a
/// negotiated assurance, or by transfer through a third state, with no formal grant. Those paths
/// are allowed. Where two steps both have resolved times, the later step may not lie wholly before
/// the earlier one.
/// </remarks>
[Immutable]
public sealed record AsylumHistory
{
    // For each stage, the stages after which it may come. "Start" (null) means it may open a history.
    private static readonly FrozenDictionary<AsylumStatus, (bool MayOpen, AsylumStatus[] After)> Rules =
        new Dictionary<AsylumStatus, (bool, AsylumStatus[])>
        {
            [AsylumStatus.RefugeTaken] = (true, []),
            [AsylumStatus.AsylumRequested] = (true, [AsylumStatus.RefugeTaken]),
            [AsylumStatus.UnderConsideration] = (false, [AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation]),
            [AsylumStatus.UnderNegotiation] = (false, [AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation]),
            [AsylumStatus.Granted] = (false, [AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation]),
            [AsylumStatus.Refused] = (false, [AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation]),
            [AsylumStatus.Withdrawn] = (false, [AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation]),
            [AsylumStatus.SafeConductIssued] = (false, [AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation, AsylumStatus.Granted]),
            [AsylumStatus.LeftRefuge] = (false, [AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation, AsylumStatus.Granted, AsylumStatus.Refused, AsylumStatus.Withdrawn, AsylumStatus.SafeConductIssued]),
            [AsylumStatus.TransferredViaThirdState] = (false, [AsylumStatus.LeftRefuge, AsylumStatus.TransferredViaThirdState]),
            [AsylumStatus.Arrived] = (false, [AsylumStatus.LeftRefuge, AsylumStatus.TransferredViaThirdState]),
            [AsylumStatus.Repatriated] = (false, [AsylumStatus.RefugeTaken, AsylumStatus.AsylumRequested, AsylumStatus.UnderConsideration, AsylumStatus.UnderNegotiation, AsylumStatus.Refused, AsylumStatus.Withdrawn, AsylumStatus.LeftRefuge, AsylumStatus.TransferredViaThirdState]),
        }.ToFrozenDictionary();

    /// <summary>Creates a history, checking every step against the one before it.</summary>
    /// <param name="changes">The steps, oldest first.</param>
    /// <exception cref="ArgumentException">A step may not follow the one before it, or is dated wholly before it.</exception>
    public AsylumHistory(EquatableArray<AsylumStatusChange> changes)
    {
        for (int i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var (mayOpen, after) = Rules[change.Status];
            if (i == 0)
            {
                Preconditions.CheckArgument(mayOpen, nameof(changes),
                    $"changes[0]: an asylum history cannot start with {change.Status}; it starts with RefugeTaken or AsylumRequested.");
                continue;
            }
            var previous = changes[i - 1];
            Preconditions.CheckArgument(after.Contains(previous.Status), nameof(changes),
                $"changes[{i}]: {change.Status} cannot follow {previous.Status}"
                + (after.Length == 0 ? "." : $"; it may follow only {string.Join(", ", after)}."));
            CheckChronology(changes, i);
        }
        Changes = changes;
    }

    /// <summary>An empty history (nothing known yet).</summary>
    public static AsylumHistory Empty { get; } = new(EquatableArray<AsylumStatusChange>.Empty);

    /// <summary>The steps, oldest first.</summary>
    public EquatableArray<AsylumStatusChange> Changes { get; }

    /// <summary>The latest stage, or null for an empty history.</summary>
    public AsylumStatus? Current => Changes.IsEmpty ? null : Changes[^1].Status;

    /// <summary>Whether the claim has reached an end (arrival or repatriation).</summary>
    public bool IsConcluded => Current is AsylumStatus.Arrived or AsylumStatus.Repatriated;

    /// <summary>Returns the history with <paramref name="change"/> appended, validated.</summary>
    /// <param name="change">The next step.</param>
    /// <exception cref="ArgumentException">The step may not follow the current one.</exception>
    public AsylumHistory Then(AsylumStatusChange change) => new([.. Changes, Preconditions.CheckNotNull(change)]);

    /// <summary>The stages in order, for example <c>RefugeTaken → AsylumRequested</c>.</summary>
    public override string ToString() => Changes.IsEmpty ? "(no steps)" : string.Join(" → ", Changes.Select(c => c.ToString()));

    // A later step may share days with an earlier one (times are often vague) but may not end before it starts.
    private static void CheckChronology(EquatableArray<AsylumStatusChange> changes, int index)
    {
        var later = changes[index].When?.Resolution;
        if (later is null)
        {
            return;
        }
        for (int j = index - 1; j >= 0; j--)
        {
            var earlier = changes[j].When?.Resolution;
            if (earlier is not null)
            {
                Preconditions.CheckArgument(later.Interval.End >= earlier.Interval.Start, nameof(changes),
                    $"changes[{index}]: {changes[index].Status} is dated {later.Interval}, wholly before {changes[j].Status} (changes[{j}], {earlier.Interval}).");
            }
        }
    }
}
