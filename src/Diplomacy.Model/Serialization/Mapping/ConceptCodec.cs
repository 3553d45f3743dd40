using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.Events;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Serialization.Contract;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Serialization.Mapping;

/// <summary>How one kind of document (an incident, a report, or one concept) is written and read.</summary>
internal abstract class ConceptCodec
{
    /// <summary>The name of the envelope member holding the value ("incident", "report"), or null for a bare value.</summary>
    internal abstract string? EnvelopeMember { get; }

    internal abstract byte[] Write(object value, IncidentJsonContext context);

    internal abstract object Read(ReadOnlySpan<byte> json, IncidentJsonContext context);

    internal abstract object Map(object dto);

    internal static ConceptCodec For<T>() =>
        Codecs.TryGetValue(typeof(T), out var codec)
            ? codec
            : throw new NotSupportedException($"The incident format has no document for {typeof(T).Name}; supported: {string.Join(", ", Codecs.Keys.Select(t => t.Name))}.");

    private static readonly Dictionary<Type, ConceptCodec> Codecs = new()
    {
        [typeof(Incident)] = new Codec<Incident, IncidentDocumentDto>(
            c => c.IncidentDocumentDto,
            i => new IncidentDocumentDto { FormatVersion = IncidentJsonSerializer.FormatVersion, Incident = ContractWriter.Incident(i) },
            d => ContractReader.Incident(d.Incident, "$.incident"),
            "incident"),
        [typeof(Report)] = new Codec<Report, ReportDocumentDto>(
            c => c.ReportDocumentDto,
            r => new ReportDocumentDto { FormatVersion = IncidentJsonSerializer.FormatVersion, Report = ContractWriter.Incident(r.Account) },
            d => ContractReader.Report(d.Report, "$.report"),
            "report"),
        [typeof(ReportComparison)] = new Codec<ReportComparison, ComparisonDocumentDto>(
            c => c.ComparisonDocumentDto,
            r => new ComparisonDocumentDto { FormatVersion = IncidentJsonSerializer.FormatVersion, Comparison = ContractWriter.Comparison(r) },
            d => ContractReader.Comparison(d.Comparison, "$.comparison"),
            "comparison"),
        [typeof(PlausibilityFinding)] = Bare<PlausibilityFinding, PlausibilityFindingDto>(c => c.PlausibilityFindingDto, ContractWriter.PlausibilityFinding, ContractReader.PlausibilityFinding),
        [typeof(Actor)] = Bare<Actor, ActorDto>(c => c.ActorDto, ContractWriter.Actor, ContractReader.Actor),
        [typeof(Post)] = Bare<Post, PostDto>(c => c.PostDto, ContractWriter.Post, ContractReader.Post),
        [typeof(StateRelation)] = Bare<StateRelation, StateRelationDto>(c => c.StateRelationDto, ContractWriter.Relation, ContractReader.Relation),
        [typeof(LegalInstrument)] = Bare<LegalInstrument, LegalInstrumentDto>(c => c.LegalInstrumentDto, ContractWriter.Instrument, ContractReader.Instrument),
        [typeof(Mission)] = Bare<Mission, MissionDto>(c => c.MissionDto, ContractWriter.Mission, ContractReader.Mission),
        [typeof(AsylumClaim)] = Bare<AsylumClaim, AsylumClaimDto>(c => c.AsylumClaimDto, ContractWriter.AsylumClaim, ContractReader.AsylumClaim),
        [typeof(Statement)] = Bare<Statement, StatementDto>(c => c.StatementDto, ContractWriter.Statement, ContractReader.Statement),
        [typeof(DiplomaticEvent)] = Bare<DiplomaticEvent, DiplomaticEventDto>(c => c.DiplomaticEventDto, ContractWriter.Event, ContractReader.Event),
        [typeof(Remark)] = Bare<Remark, RemarkDto>(c => c.RemarkDto, ContractWriter.Remark, ContractReader.Remark),
        [typeof(Source)] = Bare<Source, SourceDto>(c => c.SourceDto, ContractWriter.Source, ContractReader.Source),
    };

    internal static IEnumerable<Type> SupportedTypes => Codecs.Keys;

    private static Codec<TModel, TDto> Bare<TModel, TDto>(Func<IncidentJsonContext, JsonTypeInfo<TDto>> info, Func<TModel, TDto> write, Func<TDto, JsonPath, TModel> read)
        where TModel : class
        where TDto : class =>
        new(info, write, dto => read(dto, "$"), null);

    private sealed class Codec<TModel, TDto>(
        Func<IncidentJsonContext, JsonTypeInfo<TDto>> typeInfo,
        Func<TModel, TDto> toContract,
        Func<TDto, TModel> fromContract,
        string? envelopeMember) : ConceptCodec
        where TModel : class
        where TDto : class
    {
        internal override string? EnvelopeMember => envelopeMember;

        internal override byte[] Write(object value, IncidentJsonContext context) =>
            JsonSerializer.SerializeToUtf8Bytes(toContract((TModel)value), typeInfo(context));

        internal override object Read(ReadOnlySpan<byte> json, IncidentJsonContext context) =>
            JsonSerializer.Deserialize(json, typeInfo(context)) ?? throw new JsonException("The document is null; expected an object.");

        internal override object Map(object dto) => fromContract((TDto)dto);
    }
}
