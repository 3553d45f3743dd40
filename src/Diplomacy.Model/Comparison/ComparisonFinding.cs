using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// One aligned aspect of two reports and how their accounts relate: the aspect, an optional
/// subject naming which one (a state's code, a stage, a kinship), the verdict, a one-line
/// explanation, and what each side says with its attributions.
/// </summary>
[Immutable]
public sealed record ComparisonFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="aspect">What part of the incident is compared.</param>
    /// <param name="subject">Which one, when the aspect has several (a state's ISO code, a stage…), or null.</param>
    /// <param name="verdict">How the two accounts relate.</param>
    /// <param name="explanation">A one-line explanation for people.</param>
    /// <param name="first">What the first report (the pivot) says.</param>
    /// <param name="second">What the other report says.</param>
    /// <exception cref="ArgumentException">
    /// Both sides are the same source, or the silence of the sides does not fit the verdict (exactly
    /// one side is silent for <see cref="ComparisonVerdict.OnlyInOne"/>, none otherwise).
    /// </exception>
    public ComparisonFinding(ComparisonAspect aspect, string? subject, ComparisonVerdict verdict, string explanation, ComparisonSide first, ComparisonSide second)
    {
        Aspect = Preconditions.CheckDefined(aspect);
        Subject = Preconditions.CheckNullOrNotBlank(subject);
        Verdict = Preconditions.CheckDefined(verdict);
        Explanation = Preconditions.CheckNotBlank(explanation);
        First = Preconditions.CheckNotNull(first);
        Second = Preconditions.CheckNotNull(second);
        Preconditions.CheckArgument(first.Source != second.Source, nameof(second), $"Both sides are source '{first.Source}'; a finding compares two reports.");
        Preconditions.CheckArgument(verdict == ComparisonVerdict.OnlyInOne ? first.IsSilent != second.IsSilent : !first.IsSilent && !second.IsSilent, nameof(verdict),
            verdict == ComparisonVerdict.OnlyInOne
                ? "OnlyInOne needs exactly one silent side."
                : $"{verdict} needs both reports to say something about the aspect.");
    }

    /// <summary>What part of the incident is compared.</summary>
    public ComparisonAspect Aspect { get; }

    /// <summary>Which one, when the aspect has several, or null.</summary>
    public string? Subject { get; }

    /// <summary>How the two accounts relate.</summary>
    public ComparisonVerdict Verdict { get; }

    /// <summary>A one-line explanation.</summary>
    public string Explanation { get; }

    /// <summary>What the first report (the pivot) says.</summary>
    public ComparisonSide First { get; }

    /// <summary>What the other report says.</summary>
    public ComparisonSide Second { get; }

    /// <summary>For example <c>PlaceOfRefuge: Contradict — different receiving state (CHN vs KOR)</c>.</summary>
    public override string ToString() => $"{Aspect}{(Subject is null ? "" : $" [{Subject}]")}: {Verdict} — {Explanation}";
}
