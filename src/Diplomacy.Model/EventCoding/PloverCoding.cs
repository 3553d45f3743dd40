using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.EventCoding;

/// <summary>
/// A PLOVER coding: event type, and optional mode and context (for example REQUEST / meet /
/// diplomatic, AID / – / asylum). Mode and context are lower-case PLOVER vocabulary words.
/// </summary>
[Immutable]
public sealed record PloverCoding
{
    /// <summary>Creates a coding.</summary>
    /// <param name="type">The event type.</param>
    /// <param name="mode">The mode ("meet"), if coded.</param>
    /// <param name="context">The context ("diplomatic", "asylum"), if coded.</param>
    /// <exception cref="ArgumentException">A mode or context is not a lower-case word (letters and underscores).</exception>
    public PloverCoding(PloverEventType type, string? mode = null, string? context = null)
    {
        Type = Preconditions.CheckDefined(type);
        Mode = CheckVocabulary(mode, nameof(mode));
        Context = CheckVocabulary(context, nameof(context));
    }

    /// <summary>The event type.</summary>
    public PloverEventType Type { get; }

    /// <summary>The mode, or null.</summary>
    public string? Mode { get; }

    /// <summary>The context, or null.</summary>
    public string? Context { get; }

    /// <summary>For example <c>REQUEST/meet/diplomatic</c>, with <c>-</c> for an absent part.</summary>
    public override string ToString() => $"{Type.ToString().ToUpperInvariant()}/{Mode ?? "-"}/{Context ?? "-"}";

    private static string? CheckVocabulary(string? word, string paramName)
    {
        Preconditions.CheckArgument(word is null || (word.Length > 0 && word.All(c => c is (>= 'a' and <= 'z') or '_')), paramName,
            $"A PLOVER {paramName} is a lower-case word of letters and underscores, such as 'diplomatic'; got '{word}'.");
        return word;
    }
}
