using Diplomacy.Model.Annotations;

namespace Diplomacy.Model.Asylum;

/// <summary>
/// Where a claimant takes refuge: a mission's premises (<see cref="MissionRefuge"/>) or a state's
/// territory (<see cref="TerritorialRefuge"/>). The hierarchy is closed.
/// </summary>
[Immutable]
public abstract record PlaceOfRefuge
{
    private protected PlaceOfRefuge()
    {
    }
}
