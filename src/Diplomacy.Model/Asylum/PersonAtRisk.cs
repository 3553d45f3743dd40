using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>
/// Someone connected to the claimant who may suffer for the claim, such as family left behind
/// ("his wife and children are thought to still be in North Korea").
/// </summary>
[Immutable]
public sealed record PersonAtRisk
{
    /// <summary>Creates an entry.</summary>
    /// <param name="person">The person or group (an actor of the incident).</param>
    /// <param name="kinship">How they are related to the claimant.</param>
    /// <param name="provenance">Where this is stated.</param>
    /// <param name="risk">The risk as described ("possible retaliation by the regime"), if stated.</param>
    /// <param name="whereabouts">Where they are ("still in North Korea"), if stated.</param>
    public PersonAtRisk(Id<Actor> person, Kinship kinship, Provenance provenance, string? risk = null, Location? whereabouts = null)
    {
        Person = Preconditions.CheckNotNull(person);
        Kinship = Preconditions.CheckDefined(kinship);
        Provenance = Preconditions.CheckNotNull(provenance);
        Risk = Preconditions.CheckNullOrNotBlank(risk);
        Whereabouts = whereabouts;
    }

    /// <summary>The person or group.</summary>
    public Id<Actor> Person { get; }

    /// <summary>How they are related to the claimant.</summary>
    public Kinship Kinship { get; }

    /// <summary>Where this is stated.</summary>
    public Provenance Provenance { get; }

    /// <summary>The risk as described, or null.</summary>
    public string? Risk { get; }

    /// <summary>Where they are, or null.</summary>
    public Location? Whereabouts { get; }

    /// <summary>For example <c>wife (Spouse): retaliation</c>.</summary>
    public override string ToString() => Risk is null ? $"{Person} ({Kinship})" : $"{Person} ({Kinship}): {Risk}";
}
