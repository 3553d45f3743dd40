using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Missions;

/// <summary>
/// A source's assertion about a mission's premises: that the receiving state cannot (or can) enter
/// them or remove someone from them. It records what the source treats as the law, next to the
/// regime the law actually gives (<see cref="Mission.Regime"/>), so a trade office treated as
/// inviolable can be flagged.
/// </summary>
[Immutable]
public sealed record PremisesClaim
{
    /// <summary>Creates a premises claim.</summary>
    /// <param name="assertion">What the source asserts about the receiving state's power over the premises.</param>
    /// <param name="provenance">Where the source says or assumes it.</param>
    public PremisesClaim(PremisesAssertion assertion, Provenance provenance)
    {
        Assertion = Preconditions.CheckDefined(assertion);
        Provenance = Preconditions.CheckNotNull(provenance);
    }

    /// <summary>What the source asserts about the receiving state's power over the premises.</summary>
    public PremisesAssertion Assertion { get; }

    /// <summary>Where the source says or assumes it.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the assertion treats the premises as inviolable (the receiving state barred from entering or removing).</summary>
    public bool AssumesInviolability => Assertion is PremisesAssertion.ReceivingStateCannotEnter or PremisesAssertion.ReceivingStateCannotRemovePerson;

    /// <summary>For example <c>ReceivingStateCannotRemovePerson (src-000 [..) "…")</c>.</summary>
    public override string ToString() => $"{Assertion} ({Provenance})";
}
