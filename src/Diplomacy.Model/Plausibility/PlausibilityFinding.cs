using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Plausibility;

/// <summary>
/// A claim that clashes with a legal fact: the rule, a message for people, the JSON path of the
/// fact in the incident (<c>$.asylumClaims[0].refuge</c>), and the attributions of the claims
/// concerned, so the reader sees which source said what.
/// </summary>
/// <remarks>
/// <see cref="Serialization.IncidentJsonSerializer"/> writes and reads a finding as a bare object;
/// a list of findings is a newline-delimited stream of them (<see cref="Serialization.IncidentNdjson"/>).
/// </remarks>
[Immutable]
public sealed record PlausibilityFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The legal fact clashed with.</param>
    /// <param name="message">What is implausible and why, for people.</param>
    /// <param name="path">The JSON path of the fact in the incident, starting with <c>$</c>.</param>
    /// <param name="attributions">The attributions of the claims concerned (none when they are all the analyst's).</param>
    /// <exception cref="ArgumentException">The message is blank or the path does not start with <c>$</c>.</exception>
    public PlausibilityFinding(PlausibilityRule rule, string message, string path, EquatableArray<Attribution> attributions)
    {
        Rule = Preconditions.CheckDefined(rule);
        Message = Preconditions.CheckNotBlank(message);
        Preconditions.CheckNotBlank(path);
        Preconditions.CheckArgument(path.StartsWith('$'), nameof(path), $"A JSON path starts with '$'; got '{path}'.");
        Path = path;
        Attributions = attributions;
    }

    /// <summary>The legal fact clashed with.</summary>
    public PlausibilityRule Rule { get; }

    /// <summary>What is implausible and why.</summary>
    public string Message { get; }

    /// <summary>The JSON path of the fact in the incident.</summary>
    public string Path { get; }

    /// <summary>The attributions of the claims concerned.</summary>
    public EquatableArray<Attribution> Attributions { get; }

    /// <summary>For example <c>RefugeInMissionOfStateFled at $.asylumClaims[0].refuge: …</c>.</summary>
    public override string ToString() => $"{Rule} at {Path}: {Message}";
}
