using Diplomacy.Model.Annotations;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Interop;

/// <summary>
/// One CAMEO-coded dyadic event: who (source actor code) did what (event code) to whom (target
/// actor code), when, with the event's Goldstein value from the standard table.
/// </summary>
[Immutable]
public sealed record CameoRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="id">The id of the fact the row codes; the rows of one fact with several targets share it.</param>
    /// <param name="eventCode">The CAMEO event code.</param>
    /// <param name="date">The first day the reported time denotes, or null when unresolved.</param>
    /// <param name="sourceActor">The source actor code, such as <c>CHNGOV</c>, or null when unknown.</param>
    /// <param name="targetActor">The target actor code, such as <c>KOR</c>, or null when none or unknown.</param>
    /// <exception cref="ArgumentException">The id is blank, or an actor code is not one to five groups of three uppercase letters.</exception>
    public CameoRow(string id, CameoCode eventCode, LocalDate? date = null, string? sourceActor = null, string? targetActor = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        EventCode = Preconditions.CheckNotNull(eventCode);
        Date = date;
        SourceActor = CheckActorCode(sourceActor, nameof(sourceActor));
        TargetActor = CheckActorCode(targetActor, nameof(targetActor));
    }

    /// <summary>The id of the fact the row codes.</summary>
    public string Id { get; }

    /// <summary>The CAMEO event code.</summary>
    public CameoCode EventCode { get; }

    /// <summary>The first day, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>The source actor code, or null.</summary>
    public string? SourceActor { get; }

    /// <summary>The target actor code, or null.</summary>
    public string? TargetActor { get; }

    /// <summary>The event's Goldstein value (see <see cref="GoldsteinScale"/>).</summary>
    public double Goldstein => GoldsteinScale.Of(EventCode);

    /// <summary>For example <c>CHNGOV 027 KORGOV (4.0)</c>.</summary>
    public override string ToString() => $"{SourceActor ?? "---"} {EventCode} {TargetActor ?? "---"} ({Goldstein:0.0})";

    private static string? CheckActorCode(string? code, string paramName)
    {
        Preconditions.CheckArgument(code is null || (code.Length is >= 3 and <= 15 && code.Length % 3 == 0 && code.All(char.IsAsciiLetterUpper)), paramName,
            $"A CAMEO actor code is one to five groups of three uppercase letters, such as 'CHNGOV'; got '{code}'.");
        return code;
    }
}
