using System.Collections.Frozen;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Missions;

/// <summary>
/// The legal regime of a mission's premises, derived from its kind (and, for offices without a
/// treaty status, from an agreement): never typed in by hand. This type holds the one table that
/// maps each <see cref="MissionKind"/> to its law, so adding a kind is a change in one place.
/// </summary>
[Immutable]
public sealed record MissionRegime
{
    private static readonly FrozenDictionary<MissionKind, MissionRegime> ByKind = new Dictionary<MissionKind, MissionRegime>
    {
        [MissionKind.Unspecified] = new(LegalBasis.Unknown, PremisesInviolability.Unknown, "kind not stated", isDiplomatic: false, isConsular: false),
        [MissionKind.Embassy] = Diplomatic(),
        [MissionKind.HighCommission] = Diplomatic(),
        [MissionKind.Nunciature] = Diplomatic(),
        [MissionKind.Legation] = Diplomatic(),
        // Art. 3(2): performing consular functions does not make the section a consulate.
        [MissionKind.ConsularSection] = new(LegalBasis.Vcdr1961, PremisesInviolability.Full, "VCDR Art. 22 (with Art. 3(2))", isDiplomatic: true, isConsular: true),
        [MissionKind.InterestsSection] = new(LegalBasis.Vcdr1961, PremisesInviolability.Full, "VCDR Arts. 45-46 (premises of the protecting power's mission, Art. 22)", isDiplomatic: true, isConsular: false),
        [MissionKind.PermanentMission] = new(LegalBasis.HeadquartersAgreement, PremisesInviolability.Full, "headquarters agreement; Vienna Convention 1975 Art. 23", isDiplomatic: true, isConsular: false),
        [MissionKind.ConsulateGeneral] = Consular(),
        [MissionKind.Consulate] = Consular(),
        [MissionKind.ViceConsulate] = Consular(),
        [MissionKind.HonoraryConsulate] = new(LegalBasis.Vccr1963, PremisesInviolability.ProtectionOnly, "VCCR Art. 59 (protection only; archives inviolable, Art. 61)", isDiplomatic: false, isConsular: true),
        [MissionKind.TradeMission] = Unprivileged(),
        [MissionKind.TradeOffice] = Unprivileged(),
        [MissionKind.RepresentativeOffice] = Unprivileged(),
        [MissionKind.LiaisonOffice] = Unprivileged(),
    }.ToFrozenDictionary();

    private MissionRegime(LegalBasis basis, PremisesInviolability inviolability, string provision, bool isDiplomatic, bool isConsular)
    {
        Basis = basis;
        Inviolability = inviolability;
        Provision = provision;
        IsDiplomatic = isDiplomatic;
        IsConsular = isConsular;
    }

    /// <summary>The body of law the premises' status rests on.</summary>
    public LegalBasis Basis { get; }

    /// <summary>How far the premises are inviolable.</summary>
    public PremisesInviolability Inviolability { get; }

    /// <summary>The provision that sets the inviolability, for people to read ("VCDR Art. 22").</summary>
    public string Provision { get; }

    /// <summary>Whether the premises are those of a diplomatic mission (VCDR or equivalent).</summary>
    public bool IsDiplomatic { get; }

    /// <summary>Whether consular functions are performed there.</summary>
    public bool IsConsular { get; }

    /// <summary>Whether the receiving state's agents need consent to enter (fully or in part).</summary>
    public bool IsInviolable => Inviolability is PremisesInviolability.Full or PremisesInviolability.ConsularWorkingAreas or PremisesInviolability.GrantedByAgreement;

    /// <summary>The regime of a mission of <paramref name="kind"/>.</summary>
    /// <param name="kind">The mission's kind.</param>
    /// <param name="agreement">
    /// The agreement granting privileges to an office without treaty status, if any; ignored for
    /// kinds whose status a convention sets.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static MissionRegime For(MissionKind kind, PrivilegesAgreement? agreement = null)
    {
        var regime = ByKind[Preconditions.CheckDefined(kind)];
        if (regime.Basis != LegalBasis.None || agreement is null)
        {
            return regime;
        }
        return agreement.GrantsPremisesInviolability
            ? new(LegalBasis.BilateralAgreement, PremisesInviolability.GrantedByAgreement, $"agreement {agreement.Instrument}", isDiplomatic: false, isConsular: false)
            : new(LegalBasis.BilateralAgreement, PremisesInviolability.None, $"agreement {agreement.Instrument} (no inviolability granted)", isDiplomatic: false, isConsular: false);
    }

    /// <summary>The basis, inviolability and provision.</summary>
    public override string ToString() => $"{Basis}: {Inviolability} ({Provision})";

    private static MissionRegime Diplomatic() => new(LegalBasis.Vcdr1961, PremisesInviolability.Full, "VCDR Art. 22", isDiplomatic: true, isConsular: false);

    private static MissionRegime Consular() => new(LegalBasis.Vccr1963, PremisesInviolability.ConsularWorkingAreas, "VCCR Art. 31", isDiplomatic: false, isConsular: true);

    private static MissionRegime Unprivileged() => new(LegalBasis.None, PremisesInviolability.None, "no inviolability without an agreement", isDiplomatic: false, isConsular: false);
}
