using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.EventCoding;

/// <summary>
/// Optional event-data coding of a statement or event, for interoperation with political-science
/// event data: a CAMEO code, a PLOVER coding, or both.
/// </summary>
[Immutable]
public sealed record EventCode
{
    /// <summary>Creates a coding; at least one of the two must be given.</summary>
    /// <param name="cameo">The CAMEO code, if coded.</param>
    /// <param name="plover">The PLOVER coding, if coded.</param>
    /// <exception cref="ArgumentException">Neither is given.</exception>
    public EventCode(CameoCode? cameo, PloverCoding? plover)
    {
        Preconditions.CheckArgument(cameo is not null || plover is not null, nameof(cameo), "An event code needs a CAMEO code, a PLOVER coding, or both.");
        Cameo = cameo;
        Plover = plover;
    }

    /// <summary>The CAMEO code, or null.</summary>
    public CameoCode? Cameo { get; }

    /// <summary>The PLOVER coding, or null.</summary>
    public PloverCoding? Plover { get; }

    /// <summary>For example <c>CAMEO 027, PLOVER REQUEST/-/diplomatic</c>.</summary>
    public override string ToString() => string.Join(", ", new[] { Cameo is null ? null : $"CAMEO {Cameo}", Plover is null ? null : $"PLOVER {Plover}" }.OfType<string>());
}
