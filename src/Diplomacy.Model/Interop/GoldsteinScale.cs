using System.Collections.Frozen;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Interop;

/// <summary>
/// The Goldstein (1992) conflict–cooperation weight of a CAMEO event code, from −10 (most
/// conflictual) to +10 (most cooperative), as in the standard CAMEO table that GDELT distributes
/// (<c>CAMEO.goldsteinscale.txt</c>) and uses for its GoldsteinScale column.
/// </summary>
/// <remarks>
/// The table below holds the value of every root code (01–20), every three-digit code, and the
/// few four-digit codes whose value differs from their three-digit base (0334, 0874, 1821, 1822,
/// 1823). A code not in the table takes the value of its three-digit base, and failing that the
/// value of its root: so every four-digit code of the standard table gets its standard value, and
/// a code the table does not know (a local extension such as <c>0759</c>) falls back to its
/// nearest standard ancestor rather than failing.
/// </remarks>
public static class GoldsteinScale
{
    private static readonly FrozenDictionary<string, double> Values = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        // 01 Make public statement
        ["01"] = 0.0, ["010"] = 0.0, ["011"] = -0.1, ["012"] = -0.4, ["013"] = 0.4, ["014"] = 0.0, ["015"] = 0.0, ["016"] = -2.0, ["017"] = 0.0, ["018"] = 3.4, ["019"] = 3.4,
        // 02 Appeal
        ["02"] = 3.0, ["020"] = 3.0, ["021"] = 3.4, ["022"] = 3.2, ["023"] = 3.4, ["024"] = -0.3, ["025"] = -0.3, ["026"] = 4.0, ["027"] = 4.0, ["028"] = 4.0,
        // 03 Express intent to cooperate
        ["03"] = 4.0, ["030"] = 4.0, ["031"] = 5.2, ["032"] = 4.5, ["033"] = 5.2, ["0334"] = 6.0, ["034"] = 7.0, ["035"] = 7.0, ["036"] = 4.0, ["037"] = 5.0, ["038"] = 7.0, ["039"] = 5.0,
        // 04 Consult
        ["04"] = 1.0, ["040"] = 1.0, ["041"] = 1.0, ["042"] = 1.9, ["043"] = 2.8, ["044"] = 2.5, ["045"] = 5.0, ["046"] = 7.0,
        // 05 Engage in diplomatic cooperation
        ["05"] = 3.5, ["050"] = 3.5, ["051"] = 3.4, ["052"] = 3.5, ["053"] = 3.8, ["054"] = 6.0, ["055"] = 7.0, ["056"] = 7.0, ["057"] = 8.0,
        // 06 Engage in material cooperation
        ["06"] = 6.0, ["060"] = 6.0, ["061"] = 6.4, ["062"] = 7.4, ["063"] = 7.4, ["064"] = 7.0,
        // 07 Provide aid (075: grant asylum)
        ["07"] = 7.0, ["070"] = 7.0, ["071"] = 7.4, ["072"] = 8.3, ["073"] = 7.4, ["074"] = 8.5, ["075"] = 7.0,
        // 08 Yield
        ["08"] = 5.0, ["080"] = 5.0, ["081"] = 5.0, ["082"] = 5.0, ["083"] = 5.0, ["084"] = 7.0, ["085"] = 7.0, ["086"] = 9.0, ["087"] = 9.0, ["0874"] = 10.0,
        // 09 Investigate
        ["09"] = -2.0, ["090"] = -2.0, ["091"] = -2.0, ["092"] = -2.0, ["093"] = -2.0, ["094"] = -2.0,
        // 10 Demand
        ["10"] = -5.0, ["100"] = -5.0, ["101"] = -5.0, ["102"] = -5.0, ["103"] = -5.0, ["104"] = -5.0, ["105"] = -5.0, ["106"] = -5.0, ["107"] = -5.0, ["108"] = -5.0,
        // 11 Disapprove
        ["11"] = -2.0, ["110"] = -2.0, ["111"] = -2.0, ["112"] = -2.0, ["113"] = -2.0, ["114"] = -2.0, ["115"] = -2.0, ["116"] = -2.0,
        // 12 Reject
        ["12"] = -4.0, ["120"] = -4.0, ["121"] = -4.0, ["122"] = -4.0, ["123"] = -4.0, ["124"] = -4.0, ["125"] = -5.0, ["126"] = -5.0, ["127"] = -5.0, ["128"] = -5.0, ["129"] = -5.0,
        // 13 Threaten
        ["13"] = -6.0, ["130"] = -4.4, ["131"] = -5.8, ["132"] = -5.8, ["133"] = -5.8, ["134"] = -5.8, ["135"] = -5.8, ["136"] = -7.0, ["137"] = -7.0, ["138"] = -7.0, ["139"] = -7.0,
        // 14 Protest
        ["14"] = -6.5, ["140"] = -6.5, ["141"] = -6.5, ["142"] = -6.5, ["143"] = -6.5, ["144"] = -7.5, ["145"] = -7.5,
        // 15 Exhibit force posture
        ["15"] = -7.2, ["150"] = -7.2, ["151"] = -7.2, ["152"] = -7.2, ["153"] = -7.2, ["154"] = -7.2,
        // 16 Reduce relations
        ["16"] = -4.0, ["160"] = -4.0, ["161"] = -4.0, ["162"] = -5.6, ["163"] = -8.0, ["164"] = -7.0, ["165"] = -6.5, ["166"] = -7.0,
        // 17 Coerce
        ["17"] = -7.0, ["170"] = -7.0, ["171"] = -9.2, ["172"] = -5.0, ["173"] = -5.0, ["174"] = -5.0, ["175"] = -9.0,
        // 18 Assault
        ["18"] = -9.0, ["180"] = -9.0, ["181"] = -9.0, ["182"] = -9.5, ["1821"] = -9.0, ["1822"] = -9.0, ["1823"] = -10.0, ["183"] = -10.0, ["184"] = -8.0, ["185"] = -8.0, ["186"] = -10.0,
        // 19 Fight
        ["19"] = -10.0, ["190"] = -10.0, ["191"] = -9.5, ["192"] = -9.5, ["193"] = -10.0, ["194"] = -10.0, ["195"] = -10.0, ["196"] = -9.5,
        // 20 Use unconventional mass violence
        ["20"] = -10.0, ["200"] = -10.0, ["201"] = -9.5, ["202"] = -10.0, ["203"] = -10.0, ["204"] = -10.0,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The Goldstein value of <paramref name="code"/>: its own entry in the standard table, else its
    /// three-digit base's, else its root's.
    /// </summary>
    /// <param name="code">A CAMEO event code.</param>
    /// <returns>A value from −10 to +10.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public static double Of(CameoCode code)
    {
        Preconditions.CheckNotNull(code);
        var value = code.Value;
        if (Values.TryGetValue(value, out var exact))
        {
            return exact;
        }
        if (value.Length == 4 && Values.TryGetValue(value[..3], out var baseValue))
        {
            return baseValue;
        }
        return Values[value[..2]];
    }
}
