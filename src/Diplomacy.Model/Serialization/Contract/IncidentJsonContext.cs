using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Law;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Serialization.Contract;

/// <summary>
/// Source-generated metadata for the wire contract: no reflection at run time. The strictness of
/// reading (unknown members, missing required members, nulls where not allowed, duplicate
/// properties) is set here once.
/// </summary>
/// <remarks>
/// The contract types' members are init-only on purpose. With settable members System.Text.Json
/// reads ~25% faster (its default object converter), but that fast path reports a nested error at
/// an outer path and a later line ("$.incident.statements" instead of
/// "$.incident.statements[0].stances"); precise locations are part of the format's promise
/// (BadInputTest holds them).
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowOutOfOrderMetadataProperties = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(IncidentDocumentDto))]
[JsonSerializable(typeof(ReportDocumentDto))]
[JsonSerializable(typeof(IncidentDto))]
[JsonSerializable(typeof(ActorDto))]
[JsonSerializable(typeof(PostDto))]
[JsonSerializable(typeof(MissionDto))]
[JsonSerializable(typeof(AsylumClaimDto))]
[JsonSerializable(typeof(StatementDto))]
[JsonSerializable(typeof(SourceDto))]
[JsonSerializable(typeof(LegalInstrumentDto))]
[JsonSerializable(typeof(StateRelationDto))]
[JsonSerializable(typeof(DiplomaticEventDto))]
[JsonSerializable(typeof(RemarkDto))]
[JsonSerializable(typeof(ComparisonDocumentDto))]
[JsonSerializable(typeof(PlausibilityFindingDto))]
internal sealed partial class IncidentJsonContext : JsonSerializerContext
{
    /// <summary>Builds a context over fixed, read-only options for one indentation and depth limit.</summary>
    internal static IncidentJsonContext Create(bool indented, int maxDepth)
    {
        var options = new JsonSerializerOptions(Default.Options)
        {
            WriteIndented = indented,
            MaxDepth = maxDepth,
            // Documented in docs/format.md: non-ASCII text is written as UTF-8, not \u escapes;
            // quotes, backslashes and control characters are escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        foreach (var converter in EnumConverters)
        {
            options.Converters.Add(converter);
        }
        var context = new IncidentJsonContext(options);
        options.MakeReadOnly();
        return context;
    }

    /// <summary>Every enum of the model that the format carries; adding one here is the one change needed.</summary>
    internal static JsonConverter[] EnumConverters =>
    [
        new StrictEnumConverter<AliasKind>(),
        new StrictEnumConverter<OrganizationKind>(),
        new StrictEnumConverter<Missions.MissionKind>(),
        new StrictEnumConverter<Missions.PremisesAssertion>(),
        new StrictEnumConverter<AsylumKind>(),
        new StrictEnumConverter<AsylumStatus>(),
        new StrictEnumConverter<Kinship>(),
        new StrictEnumConverter<AddresseeScope>(),
        new StrictEnumConverter<QuoteRendering>(),
        new StrictEnumConverter<QuoteSegmentKind>(),
        new StrictEnumConverter<Stance>(),
        new StrictEnumConverter<VenueKind>(),
        new StrictEnumConverter<AttributionBasis>(),
        new StrictEnumConverter<SourceKind>(),
        new StrictEnumConverter<SourceReliability>(),
        new StrictEnumConverter<InformationCredibility>(),
        new StrictEnumConverter<TimePrecision>(),
        new StrictEnumConverter<LegalInstrumentKind>(),
        new StrictEnumConverter<DiplomaticEventKind>(),
        new StrictEnumConverter<EventStatus>(),
        new StrictEnumConverter<StateRelationKind>(),
        new StrictEnumConverter<PloverEventType>(),
        new StrictEnumConverter<RemarkKind>(),
        new StrictEnumConverter<Comparison.ComparisonAspect>(),
        new StrictEnumConverter<Comparison.ComparisonVerdict>(),
        new StrictEnumConverter<Plausibility.PlausibilityRule>(),
    ];
}
