using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>
/// Why protection is sought, as stated ("to avoid persecution by the North Korean regime"), and
/// by whom the claimant fears persecution, if named.
/// </summary>
[Immutable]
public sealed record AsylumGrounds
{
    /// <summary>Creates grounds.</summary>
    /// <param name="description">The grounds in the source's or analyst's words.</param>
    /// <param name="provenance">Where they are stated.</param>
    /// <param name="persecutor">The actor the claimant fears, if named (a state, a government, a party).</param>
    public AsylumGrounds(string description, Provenance provenance, Id<Actor>? persecutor = null)
    {
        Description = Preconditions.CheckNotBlank(description);
        Provenance = Preconditions.CheckNotNull(provenance);
        Persecutor = persecutor;
    }

    /// <summary>The grounds.</summary>
    public string Description { get; }

    /// <summary>Where they are stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>The actor the claimant fears, or null.</summary>
    public Id<Actor>? Persecutor { get; }

    /// <summary>The description, with the persecutor when named.</summary>
    public override string ToString() => Persecutor is null ? Description : $"{Description} (fears {Persecutor})";
}
