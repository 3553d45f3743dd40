using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Time;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>One dated, sourced step in an asylum claim's history ("entered the trade mission late last week").</summary>
[Immutable]
public sealed record AsylumStatusChange
{
    /// <summary>Creates a step.</summary>
    /// <param name="status">The stage reached.</param>
    /// <param name="provenance">Where the step is stated.</param>
    /// <param name="when">When, as reported, if stated.</param>
    /// <param name="via">For a transfer, the third state passed through.</param>
    /// <param name="note">A short free-text note, if useful.</param>
    /// <exception cref="ArgumentException">A third state is given for a step other than a transfer.</exception>
    public AsylumStatusChange(AsylumStatus status, Provenance provenance, ReportedTime? when = null, Id<Actor>? via = null, string? note = null)
    {
        Status = Preconditions.CheckDefined(status);
        Provenance = Preconditions.CheckNotNull(provenance);
        When = when;
        Preconditions.CheckArgument(via is null || status == AsylumStatus.TransferredViaThirdState, nameof(via),
            $"Only a transfer via a third state names one; this step is {status}.");
        Via = via;
        Note = Preconditions.CheckNullOrNotBlank(note);
    }

    /// <summary>The stage reached.</summary>
    public AsylumStatus Status { get; }

    /// <summary>Where the step is stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>When, as reported, or null.</summary>
    public ReportedTime? When { get; }

    /// <summary>For a transfer, the third state; otherwise null.</summary>
    public Id<Actor>? Via { get; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; }

    /// <summary>For example <c>RefugeTaken ("late last week")</c>.</summary>
    public override string ToString() => When is null ? Status.ToString() : $"{Status} ({When.Words})";
}
