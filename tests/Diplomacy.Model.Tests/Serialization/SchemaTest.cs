using System.Text.Json;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Tests.Serialization;

public class SchemaTest
{
    /// <summary>Every enum the format carries, with its values' JSON names.</summary>
    internal static IEnumerable<(Type Type, string[] Names)> ModelEnums()
    {
        yield return Names<AliasKind>();
        yield return Names<OrganizationKind>();
        yield return Names<MissionKind>();
        yield return Names<AsylumKind>();
        yield return Names<AsylumStatus>();
        yield return Names<Kinship>();
        yield return Names<AddresseeScope>();
        yield return Names<QuoteRendering>();
        yield return Names<QuoteSegmentKind>();
        yield return Names<Stance>();
        yield return Names<VenueKind>();
        yield return Names<AttributionBasis>();
        yield return Names<SourceKind>();
        yield return Names<SourceReliability>();
        yield return Names<InformationCredibility>();
        yield return Names<TimePrecision>();
        yield return Names<LegalInstrumentKind>();
        yield return Names<DiplomaticEventKind>();
        yield return Names<EventStatus>();
        yield return Names<StateRelationKind>();
        yield return Names<PloverEventType>();
        yield return Names<RemarkKind>();

        static (Type, string[]) Names<T>()
            where T : struct, Enum =>
            (typeof(T), Enum.GetValues<T>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())).ToArray());
    }
}
