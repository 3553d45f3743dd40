using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;

namespace Diplomacy.Model.Benchmarks.Baseline;

// The baseline a user might write instead of the library: plain mutable classes with the JSON's
// shape, read and written by reflection (System.Text.Json or Newtonsoft.Json). No validation, no
// reference checks, no immutability. Polymorphic objects ("type": state | organization | …) are one
// class holding the union of their members, which both serializers handle without custom code.
// Dates stay strings, so the baseline does less work than the library (which parses them).

public sealed class PlainIncidentDocument
{
    public string FormatVersion { get; set; } = "";
    public PlainIncident Incident { get; set; } = new();
}

public sealed class PlainIncident
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<PlainSource>? Sources { get; set; }
    public List<PlainActor>? Actors { get; set; }
    public List<PlainPost>? Posts { get; set; }
    public List<PlainRelation>? Relations { get; set; }
    public List<PlainInstrument>? Instruments { get; set; }
    public List<PlainMission>? Missions { get; set; }
    public List<PlainAsylumClaim>? AsylumClaims { get; set; }
    public List<PlainStatement>? Statements { get; set; }
    public List<PlainEvent>? Events { get; set; }
    public List<PlainRemark>? Remarks { get; set; }
}

public sealed class PlainSource
{
    public string Id { get; set; } = "";
    public SourceKind Kind { get; set; }
    public string? Headline { get; set; }
    public string? Publisher { get; set; }
    public string? Dateline { get; set; }
    public string? PublicationDate { get; set; }
    public string? PublishedAt { get; set; }
    public string Language { get; set; } = "";
    public string ContentHash { get; set; } = "";
}

public sealed class PlainActor
{
    public string Type { get; set; } = "";
    public string Id { get; set; } = "";
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public OrganizationKind? Kind { get; set; }
    public bool? IsAnonymous { get; set; }
    public string? State { get; set; }
    public string? Nationality { get; set; }
    public string? CameoCode { get; set; }
    public string? Wikidata { get; set; }
    public List<PlainAlias>? Aliases { get; set; }
}

public sealed class PlainAlias
{
    public string Text { get; set; } = "";
    public AliasKind Kind { get; set; }
    public string? Language { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainPost
{
    public string Id { get; set; } = "";
    public string Holder { get; set; } = "";
    public string Title { get; set; } = "";
    public string Serves { get; set; } = "";
    public PlainLocation? ExercisedIn { get; set; }
    public PlainInterval? Validity { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainRelation
{
    public string First { get; set; } = "";
    public string Second { get; set; } = "";
    public StateRelationKind Kind { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainInstrument
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public LegalInstrumentKind Kind { get; set; }
    public int? Year { get; set; }
    public string? ShortName { get; set; }
}

public sealed class PlainMission
{
    public string Id { get; set; } = "";
    public MissionKind Kind { get; set; }
    public string SendingState { get; set; } = "";
    public string ReceivingState { get; set; } = "";
    public string? City { get; set; }
    public string? Subdivision { get; set; }
    public PlainCoordinates? Coordinates { get; set; }
    public string? Name { get; set; }
    public List<PlainAlias>? Aliases { get; set; }
    public string? Head { get; set; }
    public string? AccreditedTo { get; set; }
    public string? ProtectingPower { get; set; }
    public string? PartOf { get; set; }
    public PlainAgreement? Agreement { get; set; }
    public List<PlainPremisesClaim>? PremisesClaims { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainAgreement
{
    public string Instrument { get; set; } = "";
    public bool GrantsPremisesInviolability { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainPremisesClaim
{
    public PremisesAssertion Assertion { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainAsylumClaim
{
    public string Id { get; set; } = "";
    public AsylumKind Kind { get; set; }
    public string Claimant { get; set; } = "";
    public string? StateFled { get; set; }
    public string? StateAsked { get; set; }
    public PlainRefuge? Refuge { get; set; }
    public List<PlainStatusChange>? History { get; set; }
    public List<PlainPersonAtRisk>? PeopleAtRisk { get; set; }
    public PlainGrounds? Grounds { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainRefuge
{
    public string Type { get; set; } = "";
    public string? Mission { get; set; }
    public PlainLocation? Location { get; set; }
}

public sealed class PlainStatusChange
{
    public AsylumStatus Status { get; set; }
    public PlainReportedTime? When { get; set; }
    public string? Via { get; set; }
    public string? Note { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainPersonAtRisk
{
    public string Person { get; set; } = "";
    public Kinship Kinship { get; set; }
    public string? Risk { get; set; }
    public PlainLocation? Whereabouts { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainGrounds
{
    public string Description { get; set; } = "";
    public string? Persecutor { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainStatement
{
    public string Id { get; set; } = "";
    public PlainSpeaker Speaker { get; set; } = new();
    public string? OnBehalfOf { get; set; }
    public List<Stance> Stances { get; set; } = [];
    public PlainAddressees? Addressees { get; set; }
    public PlainStatementText? Text { get; set; }
    public PlainReportedTime? When { get; set; }
    public PlainVenue? Venue { get; set; }
    public List<string>? Invokes { get; set; }
    public string? Regarding { get; set; }
    public PlainEventCode? Coding { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainSpeaker
{
    public string Actor { get; set; } = "";
    public string? Post { get; set; }
}

public sealed class PlainAddressees
{
    public AddresseeScope Scope { get; set; }
    public List<string>? Actors { get; set; }
    public string? Words { get; set; }
}

public sealed class PlainStatementText
{
    public string Type { get; set; } = "";
    public List<PlainQuoteSegment>? Segments { get; set; }
    public QuoteRendering? Rendering { get; set; }
    public string? OriginalLanguage { get; set; }
    public string? Text { get; set; }
}

public sealed class PlainQuoteSegment
{
    public QuoteSegmentKind Kind { get; set; }
    public string Text { get; set; } = "";
}

public sealed class PlainVenue
{
    public VenueKind Kind { get; set; }
    public string? Description { get; set; }
}

public sealed class PlainEventCode
{
    public string? Cameo { get; set; }
    public PlainPlover? Plover { get; set; }
}

public sealed class PlainPlover
{
    public PloverEventType Type { get; set; }
    public string? Mode { get; set; }
    public string? Context { get; set; }
}

public sealed class PlainEvent
{
    public string Id { get; set; } = "";
    public DiplomaticEventKind Kind { get; set; }
    public string Description { get; set; } = "";
    public EventStatus Status { get; set; }
    public List<string>? Participants { get; set; }
    public PlainLocation? Location { get; set; }
    public PlainReportedTime? When { get; set; }
    public PlainEventCode? Coding { get; set; }
    public string? Regarding { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainRemark
{
    public string Id { get; set; } = "";
    public RemarkKind Kind { get; set; }
    public string Summary { get; set; } = "";
    public List<string>? Concerning { get; set; }
    public PlainProvenance Provenance { get; set; } = new();
}

public sealed class PlainProvenance
{
    public List<PlainAttribution>? Attributions { get; set; }
    public string? AnalystRationale { get; set; }
}

public sealed class PlainAttribution
{
    public string Source { get; set; } = "";
    public PlainTextSpan Span { get; set; } = new();
    public AttributionBasis Basis { get; set; }
    public string? AttributedTo { get; set; }
    public PlainGrade? Grade { get; set; }
}

public sealed class PlainTextSpan
{
    public int Start { get; set; }
    public string Quote { get; set; } = "";
}

public sealed class PlainGrade
{
    public SourceReliability Reliability { get; set; }
    public InformationCredibility Credibility { get; set; }
}

public sealed class PlainLocation
{
    public string Country { get; set; } = "";
    public string? City { get; set; }
    public string? Subdivision { get; set; }
    public PlainCoordinates? Coordinates { get; set; }
}

public sealed class PlainCoordinates
{
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public sealed class PlainInterval
{
    public string Start { get; set; } = "";
    public string End { get; set; } = "";
}

public sealed class PlainReportedTime
{
    public string Words { get; set; } = "";
    public string? Anchor { get; set; }
    public PlainTimeResolution? Resolution { get; set; }
}

public sealed class PlainTimeResolution
{
    public PlainInterval Interval { get; set; } = new();
    public TimePrecision Precision { get; set; }
}
