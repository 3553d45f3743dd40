using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.Comparison;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Plausibility;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Serialization.Contract;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Model.Serialization.Mapping;

/// <summary>
/// Turns model values into the wire contract. Collections keep model order; empty collections
/// and absent optional values become absent members, so equal models give identical documents.
/// </summary>
internal static class ContractWriter
{
    internal static IncidentDto Incident(Incident incident) => new()
    {
        Id = incident.Id.Value,
        Title = incident.Title,
        Sources = List(incident.Sources, Source),
        Actors = List(incident.Actors, Actor),
        Posts = List(incident.Posts, Post),
        Relations = List(incident.Relations, Relation),
        Instruments = List(incident.Instruments, Instrument),
        Missions = List(incident.Missions, Mission),
        AsylumClaims = List(incident.AsylumClaims, AsylumClaim),
        Statements = List(incident.Statements, Statement),
        Events = List(incident.Events, Event),
        Remarks = List(incident.Remarks, Remark),
    };

    internal static SourceDto Source(Source source) => new()
    {
        Id = source.Id.Value,
        Kind = source.Kind,
        Headline = source.Headline,
        Publisher = source.Publisher,
        Dateline = source.Dateline,
        PublicationDate = source.PublicationDate,
        PublishedAt = source.PublishedAt,
        Language = source.Language,
        ContentHash = source.ContentHash.ToString(),
        Address = source.Address?.AbsoluteUri,
    };

    internal static ActorDto Actor(Actor actor) => actor switch
    {
        State s => new StateDto
        {
            Id = s.Id.Value,
            Code = s.Code.Value,
            Name = s.Name,
            CameoCode = s.CameoCode,
            Wikidata = s.Wikidata?.Value,
            Aliases = List(s.Aliases, Alias),
        },
        Organization o => new OrganizationDto
        {
            Id = o.Id.Value,
            Name = o.Name,
            Kind = o.Kind,
            State = o.State?.Value,
            Wikidata = o.Wikidata?.Value,
            Aliases = List(o.Aliases, Alias),
        },
        NamedPerson n => new NamedPersonDto
        {
            Id = n.Id.Value,
            Name = n.Name,
            Nationality = n.Nationality?.Value,
            Wikidata = n.Wikidata?.Value,
            Aliases = List(n.Aliases, Alias),
        },
        UnnamedPerson u => new UnnamedPersonDto
        {
            Id = u.Id.Value,
            Description = u.Description,
            Nationality = u.Nationality?.Value,
            Aliases = List(u.Aliases, Alias),
        },
        PersonGroup g => new PersonGroupDto
        {
            Id = g.Id.Value,
            Description = g.Description,
            IsAnonymous = g.IsAnonymous,
            Nationality = g.Nationality?.Value,
            Aliases = List(g.Aliases, Alias),
        },
        _ => throw new ArgumentException($"Unknown kind of actor {actor.GetType().Name}.", nameof(actor)),
    };

    internal static PostDto Post(Post post) => new()
    {
        Id = post.Id.Value,
        Holder = post.Holder.Value,
        Title = post.Title,
        Serves = post.Serves.Value,
        ExercisedIn = Optional(post.ExercisedIn, Location),
        Validity = Optional(post.Validity, Interval),
        Provenance = Provenance(post.Provenance),
    };

    internal static StateRelationDto Relation(StateRelation relation) => new()
    {
        First = relation.First.Value,
        Second = relation.Second.Value,
        Kind = relation.Kind,
        Provenance = Provenance(relation.Provenance),
    };

    internal static LegalInstrumentDto Instrument(LegalInstrument instrument) => new()
    {
        Id = instrument.Id.Value,
        Title = instrument.Title,
        Kind = instrument.Kind,
        Year = instrument.Year,
        ShortName = instrument.ShortName,
    };

    internal static MissionDto Mission(Mission mission) => new()
    {
        Id = mission.Id.Value,
        Kind = mission.Kind,
        SendingState = mission.SendingState.Value,
        ReceivingState = mission.ReceivingState.Value,
        City = mission.City,
        Subdivision = mission.Subdivision,
        Coordinates = Optional(mission.Coordinates, Coordinates),
        Name = mission.Name,
        Aliases = List(mission.Aliases, Alias),
        Head = mission.Head?.Value,
        AccreditedTo = mission.AccreditedTo?.Value,
        ProtectingPower = mission.ProtectingPower?.Value,
        PartOf = mission.PartOf?.Value,
        Agreement = Optional(mission.Agreement, a => new PrivilegesAgreementDto
        {
            Instrument = a.Instrument.Value,
            GrantsPremisesInviolability = a.GrantsPremisesInviolability,
            Provenance = Provenance(a.Provenance),
        }),
        PremisesClaims = List(mission.PremisesClaims, c => new PremisesClaimDto
        {
            Assertion = c.Assertion,
            Provenance = Provenance(c.Provenance),
        }),
        Provenance = Provenance(mission.Provenance),
    };

    internal static AsylumClaimDto AsylumClaim(AsylumClaim claim) => new()
    {
        Id = claim.Id.Value,
        Kind = claim.Kind,
        Claimant = claim.Claimant.Value,
        StateFled = claim.StateFled?.Value,
        StateAsked = claim.StateAsked?.Value,
        Refuge = claim.Refuge switch
        {
            null => null,
            MissionRefuge m => new MissionRefugeDto { Mission = m.Mission.Value },
            TerritorialRefuge t => new TerritorialRefugeDto { Location = Location(t.Location) },
            _ => throw new ArgumentException($"Unknown kind of refuge {claim.Refuge.GetType().Name}.", nameof(claim)),
        },
        History = List(claim.History.Changes, c => new AsylumStatusChangeDto
        {
            Status = c.Status,
            When = Optional(c.When, ReportedTime),
            Via = c.Via?.Value,
            Note = c.Note,
            Provenance = Provenance(c.Provenance),
        }),
        PeopleAtRisk = List(claim.PeopleAtRisk, p => new PersonAtRiskDto
        {
            Person = p.Person.Value,
            Kinship = p.Kinship,
            Risk = p.Risk,
            Whereabouts = Optional(p.Whereabouts, Location),
            Provenance = Provenance(p.Provenance),
        }),
        Grounds = Optional(claim.Grounds, g => new AsylumGroundsDto
        {
            Description = g.Description,
            Persecutor = g.Persecutor?.Value,
            Provenance = Provenance(g.Provenance),
        }),
        Provenance = Provenance(claim.Provenance),
    };

    internal static StatementDto Statement(Statement statement) => new()
    {
        Id = statement.Id.Value,
        Speaker = new SpeakerDto { Actor = statement.Speaker.Actor.Value, Post = statement.Speaker.Post?.Value },
        OnBehalfOf = statement.OnBehalfOf?.Value,
        Stances = [.. statement.Stances],
        Addressees = statement.Addressees == Addressees.Unspecified ? null : new AddresseesDto
        {
            Scope = statement.Addressees.Scope,
            Actors = List(statement.Addressees.Actors, a => a.Value),
            Words = statement.Addressees.Words,
        },
        Text = statement.Text switch
        {
            null => null,
            Quotation q => new QuotationDto
            {
                Segments = [.. q.Segments.Select(s => new QuoteSegmentDto { Kind = s.Kind, Text = s.Text })],
                Rendering = q.Rendering,
                OriginalLanguage = q.OriginalLanguage,
            },
            Paraphrase p => new ParaphraseDto { Text = p.Text },
            _ => throw new ArgumentException($"Unknown kind of statement text {statement.Text.GetType().Name}.", nameof(statement)),
        },
        When = Optional(statement.When, ReportedTime),
        Venue = Optional(statement.Venue, v => new VenueDto { Kind = v.Kind, Description = v.Description }),
        Invokes = List(statement.Invokes, i => i.Value),
        Regarding = statement.Regarding?.Value,
        Coding = Optional(statement.Coding, Coding),
        Provenance = Provenance(statement.Provenance),
    };

    internal static DiplomaticEventDto Event(DiplomaticEvent e) => new()
    {
        Id = e.Id.Value,
        Kind = e.Kind,
        Description = e.Description,
        Status = e.Status,
        Participants = List(e.Participants, p => p.Value),
        Location = Optional(e.Location, Location),
        When = Optional(e.When, ReportedTime),
        Coding = Optional(e.Coding, Coding),
        Regarding = e.Regarding?.Value,
        Provenance = Provenance(e.Provenance),
    };

    internal static RemarkDto Remark(Remark remark) => new()
    {
        Id = remark.Id.Value,
        Kind = remark.Kind,
        Summary = remark.Summary,
        Concerning = List(remark.Concerning, c => c.Value),
        Provenance = Provenance(remark.Provenance),
    };

    private static AliasDto Alias(Alias alias) => new()
    {
        Text = alias.Text,
        Kind = alias.Kind,
        Language = alias.Language,
        Provenance = Provenance(alias.Provenance),
    };

    internal static ReportComparisonDto Comparison(ReportComparison comparison) => new()
    {
        Sources = [.. comparison.Sources.Select(s => s.Value)],
        Findings = List(comparison.Findings, f => new ComparisonFindingDto
        {
            Aspect = f.Aspect,
            Subject = f.Subject,
            Verdict = f.Verdict,
            Explanation = f.Explanation,
            First = Side(f.First),
            Second = Side(f.Second),
        }),
    };

    internal static PlausibilityFindingDto PlausibilityFinding(PlausibilityFinding finding) => new()
    {
        Rule = finding.Rule,
        Message = finding.Message,
        Path = finding.Path,
        Attributions = List(finding.Attributions, Attribution),
    };

    private static ComparisonSideDto Side(ComparisonSide side) => new()
    {
        Source = side.Source.Value,
        Account = side.Account,
        Attributions = List(side.Attributions, Attribution),
    };

    private static ProvenanceDto Provenance(Provenance provenance) => new()
    {
        Attributions = List(provenance.Attributions, Attribution),
        AnalystRationale = provenance.AnalystRationale,
    };

    private static AttributionDto Attribution(Attribution a) => new()
    {
        Source = a.Source.Value,
        Span = new TextSpanDto { Start = a.Span.Start, Quote = a.Span.Quote },
        Basis = a.Basis,
        AttributedTo = a.AttributedTo?.Value,
        Grade = Optional(a.Grade, g => new AdmiraltyGradeDto { Reliability = g.Reliability, Credibility = g.Credibility }),
    };

    private static EventCodeDto Coding(EventCode code) => new()
    {
        Cameo = code.Cameo?.Value,
        Plover = Optional(code.Plover, p => new PloverCodingDto { Type = p.Type, Mode = p.Mode, Context = p.Context }),
    };

    private static ReportedTimeDto ReportedTime(ReportedTime time) => new()
    {
        Words = time.Words,
        Anchor = time.Anchor,
        Resolution = Optional(time.Resolution, r => new TimeResolutionDto { Interval = Interval(r.Interval), Precision = r.Precision }),
    };

    private static DateIntervalDto Interval(DateInterval interval) => new() { Start = interval.Start, End = interval.End };

    private static LocationDto Location(Location location) => new()
    {
        Country = location.Country.Value,
        City = location.City,
        Subdivision = location.Subdivision,
        Coordinates = Optional(location.Coordinates, Coordinates),
    };

    private static GeoCoordinatesDto Coordinates(GeoCoordinates c) => new() { Latitude = c.Latitude, Longitude = c.Longitude };

    private static TDto? Optional<TModel, TDto>(TModel? value, Func<TModel, TDto> map)
        where TModel : class
        where TDto : class =>
        value is null ? null : map(value);

    private static List<TDto>? List<TModel, TDto>(EquatableArray<TModel> items, Func<TModel, TDto> map) =>
        items.IsEmpty ? null : [.. items.Select(map)];
}
