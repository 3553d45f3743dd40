using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Comparison;

/// <summary>
/// What one report says about an aspect: the report's source, a short rendering of its account,
/// and the attributions that anchor the account in the source's words. A report that says nothing
/// about the aspect is <see cref="IsSilent">silent</see>.
/// </summary>
[Immutable]
public sealed record ComparisonSide
{
    /// <summary>Creates a side.</summary>
    /// <param name="source">The report's source.</param>
    /// <param name="account">A short rendering of what the report says, or null when it says nothing.</param>
    /// <param name="attributions">The attributions the account rests on (none for a silent side or an analyst's fact).</param>
    /// <exception cref="ArgumentException">A silent side cites attributions, or an attribution is to another source.</exception>
    public ComparisonSide(Id<Source> source, string? account, EquatableArray<Attribution> attributions = default)
    {
        Source = Preconditions.CheckNotNull(source);
        Account = Preconditions.CheckNullOrNotBlank(account);
        Preconditions.CheckArgument(account is not null || attributions.IsEmpty, nameof(attributions),
            "A report that says nothing about an aspect cites no attribution for it.");
        Preconditions.CheckArgument(attributions.All(a => a.Source == source), nameof(attributions),
            $"Every attribution on this side must be to source '{source}'.");
        Attributions = attributions;
    }

    /// <summary>The report's source.</summary>
    public Id<Source> Source { get; }

    /// <summary>A short rendering of what the report says, or null when it says nothing.</summary>
    public string? Account { get; }

    /// <summary>The attributions the account rests on.</summary>
    public EquatableArray<Attribution> Attributions { get; }

    /// <summary>Whether the report says nothing about the aspect.</summary>
    public bool IsSilent => Account is null;

    /// <summary>The side of a report that says nothing about the aspect.</summary>
    /// <param name="source">The report's source.</param>
    public static ComparisonSide Silent(Id<Source> source) => new(source, null);

    /// <summary>For example <c>src-000: TradeMission of KOR in Beijing (CHN) (2 attributions)</c>.</summary>
    public override string ToString() => IsSilent ? $"{Source}: (says nothing)" : $"{Source}: {Account} ({Attributions.Count} attributions)";
}
