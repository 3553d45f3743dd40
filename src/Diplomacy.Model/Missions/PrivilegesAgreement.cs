using Diplomacy.Model.Annotations;
using Diplomacy.Model.Law;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Missions;

/// <summary>
/// An agreement that gives an office without a treaty status of its own (a trade or liaison
/// office) privileges, and whether it makes the premises inviolable. Without one, such an office
/// has none.
/// </summary>
[Immutable]
public sealed record PrivilegesAgreement
{
    /// <summary>Creates an agreement reference.</summary>
    /// <param name="instrument">The agreement, as a legal instrument of the incident.</param>
    /// <param name="grantsPremisesInviolability">Whether it makes the office's premises inviolable.</param>
    /// <param name="provenance">Where the agreement is stated.</param>
    public PrivilegesAgreement(Id<LegalInstrument> instrument, bool grantsPremisesInviolability, Provenance provenance)
    {
        Instrument = Preconditions.CheckNotNull(instrument);
        GrantsPremisesInviolability = grantsPremisesInviolability;
        Provenance = Preconditions.CheckNotNull(provenance);
    }

    /// <summary>The agreement.</summary>
    public Id<LegalInstrument> Instrument { get; }

    /// <summary>Whether it makes the office's premises inviolable.</summary>
    public bool GrantsPremisesInviolability { get; }

    /// <summary>Where the agreement is stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>The instrument and what it grants.</summary>
    public override string ToString() => $"{Instrument} (premises {(GrantsPremisesInviolability ? "inviolable" : "not inviolable")})";
}
