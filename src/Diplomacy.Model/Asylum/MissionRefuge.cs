using Diplomacy.Model.Missions;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Asylum;

/// <summary>Refuge in a mission's premises (the place of diplomatic asylum).</summary>
public sealed record MissionRefuge : PlaceOfRefuge
{
    /// <summary>Creates the place.</summary>
    /// <param name="mission">The mission.</param>
    public MissionRefuge(Id<Mission> mission)
    {
        Mission = Preconditions.CheckNotNull(mission);
    }

    /// <summary>The mission.</summary>
    public Id<Mission> Mission { get; }

    /// <summary>For example <c>mission kor-trade-beijing</c>.</summary>
    public override string ToString() => $"mission {Mission}";
}
