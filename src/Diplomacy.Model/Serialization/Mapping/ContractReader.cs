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
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Serialization.Mapping;

/// <summary>
/// Builds model values from the wire contract, tracking the JSON path of each value so that a
/// model invariant broken by the input is reported where it is in the document.
/// </summary>
internal static class ContractReader
{
    internal static Incident Incident(IncidentDto dto, JsonPath path)
    {
        var incident = Build(path, () => new Incident(
            Id<Incident>(dto.Id, $"{path}.id"),
            dto.Title,
            List(dto.Sources, $"{path}.sources", Source),
            List(dto.Actors, $"{path}.actors", Actor),
            List(dto.Posts, $"{path}.posts", Post),
            List(dto.Relations, $"{path}.relations", Relation),
            List(dto.Instruments, $"{path}.instruments", Instrument),
            List(dto.Missions, $"{path}.missions", Mission),
            List(dto.AsylumClaims, $"{path}.asylumClaims", AsylumClaim),
            List(dto.Statements, $"{path}.statements", Statement),
            List(dto.Events, $"{path}.events", Event),
            List(dto.Remarks, $"{path}.remarks", Remark)));
        return incident;
    }

    internal static Report Report(IncidentDto dto, JsonPath path)
    {
        var account = Incident(dto, path);
        return Build(path, () => new Report(account), member: "sources");
    }

    internal static Source Source(SourceDto dto, JsonPath path) => Build(path, () => new Source(
        Id<Source>(dto.Id, $"{path}.id"),
        dto.Kind,
        dto.Language,
        Build($"{path}.contentHash", () => ContentHash.Parse(dto.ContentHash)),
        dto.Headline,
        dto.Publisher,
        dto.Dateline,
        dto.PublicationDate,
        dto.PublishedAt,
        dto.Address is null ? null : Build($"{path}.address", () => AbsoluteUri(dto.Address))));

    internal static Actor Actor(ActorDto dto, JsonPath path) => dto switch
    {
        StateDto s => Build(path, () => new State(
            Id<Actor>(s.Id, $"{path}.id"),
            Build($"{path}.code", () => new CountryCode(s.Code)),
            s.Name,
            List(s.Aliases, $"{path}.aliases", Alias),
            s.CameoCode,
            Wikidata(s.Wikidata, $"{path}.wikidata"))),
        OrganizationDto o => Build(path, () => new Organization(
            Id<Actor>(o.Id, $"{path}.id"),
            o.Name,
            o.Kind,
            OptionalId<Actor>(o.State, $"{path}.state"),
            List(o.Aliases, $"{path}.aliases", Alias),
            Wikidata(o.Wikidata, $"{path}.wikidata"))),
        NamedPersonDto n => Build(path, () => new NamedPerson(
            Id<Actor>(n.Id, $"{path}.id"),
            n.Name,
            OptionalId<Actor>(n.Nationality, $"{path}.nationality"),
            List(n.Aliases, $"{path}.aliases", Alias),
            Wikidata(n.Wikidata, $"{path}.wikidata"))),
        UnnamedPersonDto u => Build(path, () => new UnnamedPerson(
            Id<Actor>(u.Id, $"{path}.id"),
            u.Description,
            OptionalId<Actor>(u.Nationality, $"{path}.nationality"),
            List(u.Aliases, $"{path}.aliases", Alias))),
        PersonGroupDto g => Build(path, () => new PersonGroup(
            Id<Actor>(g.Id, $"{path}.id"),
            g.Description,
            g.IsAnonymous,
            OptionalId<Actor>(g.Nationality, $"{path}.nationality"),
            List(g.Aliases, $"{path}.aliases", Alias))),
        _ => throw Fail(path, "an actor needs a \"type\": state, organization, namedPerson, unnamedPerson or personGroup."),
    };

    internal static Post Post(PostDto dto, JsonPath path) => Build(path, () => new Post(
        Id<Post>(dto.Id, $"{path}.id"),
        Id<Actor>(dto.Holder, $"{path}.holder"),
        dto.Title,
        Id<Actor>(dto.Serves, $"{path}.serves"),
        Provenance(dto.Provenance, $"{path}.provenance"),
        Optional(dto.ExercisedIn, $"{path}.exercisedIn", Location),
        Optional(dto.Validity, $"{path}.validity", Interval)));

    internal static StateRelation Relation(StateRelationDto dto, JsonPath path) => Build(path, () => new StateRelation(
        Id<Actor>(dto.First, $"{path}.first"),
        Id<Actor>(dto.Second, $"{path}.second"),
        dto.Kind,
        Provenance(dto.Provenance, $"{path}.provenance")));

    internal static LegalInstrument Instrument(LegalInstrumentDto dto, JsonPath path) => Build(path, () => new LegalInstrument(
        Id<LegalInstrument>(dto.Id, $"{path}.id"), dto.Title, dto.Kind, dto.Year, dto.ShortName));

    internal static Mission Mission(MissionDto dto, JsonPath path) => Build(path, () => new Mission(
        Id<Mission>(dto.Id, $"{path}.id"),
        dto.Kind,
        Id<Actor>(dto.SendingState, $"{path}.sendingState"),
        Id<Actor>(dto.ReceivingState, $"{path}.receivingState"),
        dto.City,
        Provenance(dto.Provenance, $"{path}.provenance"),
        dto.Name,
        List(dto.Aliases, $"{path}.aliases", Alias),
        OptionalId<Actor>(dto.Head, $"{path}.head"),
        OptionalId<Actor>(dto.AccreditedTo, $"{path}.accreditedTo"),
        OptionalId<Actor>(dto.ProtectingPower, $"{path}.protectingPower"),
        OptionalId<Mission>(dto.PartOf, $"{path}.partOf"),
        Optional(dto.Agreement, $"{path}.agreement", (a, at) => Build(at, () => new PrivilegesAgreement(
            Id<LegalInstrument>(a.Instrument, $"{at}.instrument"),
            a.GrantsPremisesInviolability,
            Provenance(a.Provenance, $"{at}.provenance")))),
        dto.Subdivision,
        Optional(dto.Coordinates, $"{path}.coordinates", Coordinates),
        List(dto.PremisesClaims, $"{path}.premisesClaims", (c, at) => Build(at, () => new PremisesClaim(
            c.Assertion, Provenance(c.Provenance, $"{at}.provenance"))))));

    internal static AsylumClaim AsylumClaim(AsylumClaimDto dto, JsonPath path) => Build(path, () => new AsylumClaim(
        Id<AsylumClaim>(dto.Id, $"{path}.id"),
        dto.Kind,
        Id<Actor>(dto.Claimant, $"{path}.claimant"),
        Provenance(dto.Provenance, $"{path}.provenance"),
        OptionalId<Actor>(dto.StateFled, $"{path}.stateFled"),
        OptionalId<Actor>(dto.StateAsked, $"{path}.stateAsked"),
        Optional(dto.Refuge, $"{path}.refuge", Refuge),
        Build($"{path}.history", () => new AsylumHistory(List(dto.History, $"{path}.history", StatusChange)), member: "-"),
        List(dto.PeopleAtRisk, $"{path}.peopleAtRisk", (p, at) => Build(at, () => new PersonAtRisk(
            Id<Actor>(p.Person, $"{at}.person"), p.Kinship, Provenance(p.Provenance, $"{at}.provenance"), p.Risk,
            Optional(p.Whereabouts, $"{at}.whereabouts", Location)))),
        Optional(dto.Grounds, $"{path}.grounds", (g, at) => Build(at, () => new AsylumGrounds(
            g.Description, Provenance(g.Provenance, $"{at}.provenance"), OptionalId<Actor>(g.Persecutor, $"{at}.persecutor"))))));

    internal static Statement Statement(StatementDto dto, JsonPath path) => Build(path, () => new Statement(
        Id<Statement>(dto.Id, $"{path}.id"),
        Build($"{path}.speaker", () => new Speaker(
            Id<Actor>(dto.Speaker.Actor, $"{path}.speaker.actor"),
            OptionalId<Post>(dto.Speaker.Post, $"{path}.speaker.post"))),
        List(dto.Stances, $"{path}.stances", (s, _) => s),
        Provenance(dto.Provenance, $"{path}.provenance"),
        OptionalId<Actor>(dto.OnBehalfOf, $"{path}.onBehalfOf"),
        Optional(dto.Addressees, $"{path}.addressees", (a, at) => Build(at, () => new Addressees(
            a.Scope, List(a.Actors, $"{at}.actors", Id<Actor>), a.Words))),
        Optional(dto.Text, $"{path}.text", Text),
        Optional(dto.When, $"{path}.when", ReportedTime),
        Optional(dto.Venue, $"{path}.venue", (v, at) => Build(at, () => new Venue(v.Kind, v.Description))),
        List(dto.Invokes, $"{path}.invokes", Id<LegalInstrument>),
        OptionalId<AsylumClaim>(dto.Regarding, $"{path}.regarding"),
        Optional(dto.Coding, $"{path}.coding", Coding)));

    internal static DiplomaticEvent Event(DiplomaticEventDto dto, JsonPath path) => Build(path, () => new DiplomaticEvent(
        Id<DiplomaticEvent>(dto.Id, $"{path}.id"),
        dto.Kind,
        dto.Description,
        dto.Status,
        Provenance(dto.Provenance, $"{path}.provenance"),
        List(dto.Participants, $"{path}.participants", Id<Actor>),
        Optional(dto.Location, $"{path}.location", Location),
        Optional(dto.When, $"{path}.when", ReportedTime),
        Optional(dto.Coding, $"{path}.coding", Coding),
        OptionalId<AsylumClaim>(dto.Regarding, $"{path}.regarding")));

    internal static Remark Remark(RemarkDto dto, JsonPath path) => Build(path, () => new Remark(
        Id<Remark>(dto.Id, $"{path}.id"),
        dto.Kind,
        dto.Summary,
        Provenance(dto.Provenance, $"{path}.provenance"),
        List(dto.Concerning, $"{path}.concerning", Id<Actor>)));

    internal static ReportComparison Comparison(ReportComparisonDto dto, JsonPath path)
    {
        var sources = List(dto.Sources, $"{path}.sources", Id<Source>);
        for (int i = 1; i < sources.Count; i++)
        {
            if (sources.Take(i).Contains(sources[i]))
            {
                throw Fail($"{path}.sources[{i}]", $"source '{sources[i]}' is listed twice; a comparison is between different reports.");
            }
        }
        for (int i = 0; sources.Count >= 2 && dto.Findings is not null && i < dto.Findings.Count; i++)
        {
            // Checked here, before the comparison's constructor, so the error points at the side itself.
            var finding = dto.Findings[i];
            if (finding is null)
            {
                continue; // Reported by List with its path.
            }
            if (finding.First.Source != sources[0].Value)
            {
                throw Fail($"{path}.findings[{i}].first.source", $"the first side of a finding is the pivot '{sources[0]}' (the first of \"sources\"); got '{finding.First.Source}'.");
            }
            if (!sources.Any(s => s.Value == finding.Second.Source))
            {
                throw Fail($"{path}.findings[{i}].second.source", $"'{finding.Second.Source}' is not one of the compared \"sources\".");
            }
        }
        var findings = List(dto.Findings, $"{path}.findings", (f, at) => Build(at, () => new ComparisonFinding(
            f.Aspect,
            f.Subject,
            f.Verdict,
            f.Explanation,
            Side(f.First, $"{at}.first"),
            Side(f.Second, $"{at}.second"))));
        return Build(path, () => new ReportComparison(sources, findings));
    }

    internal static PlausibilityFinding PlausibilityFinding(PlausibilityFindingDto dto, JsonPath path) => Build(path, () => new PlausibilityFinding(
        dto.Rule, dto.Message, dto.Path, List(dto.Attributions, $"{path}.attributions", Attribution)));

    private static ComparisonSide Side(ComparisonSideDto dto, JsonPath path) => Build(path, () => new ComparisonSide(
        Id<Source>(dto.Source, $"{path}.source"), dto.Account, List(dto.Attributions, $"{path}.attributions", Attribution)));

    private static Alias Alias(AliasDto dto, JsonPath path) => Build(path, () => new Alias(
        dto.Text, dto.Kind, Provenance(dto.Provenance, $"{path}.provenance"), dto.Language));

    private static Provenance Provenance(ProvenanceDto dto, JsonPath path)
    {
        bool cited = dto.Attributions is { Count: > 0 };
        if (cited == (dto.AnalystRationale is not null))
        {
            throw Fail(path, "a provenance has either a non-empty \"attributions\" list (the fact is cited) or an \"analystRationale\" (the analyst's own assertion), not both and not neither.");
        }
        return cited
            ? Build($"{path}.attributions", () => Sources.Provenance.Cited(List(dto.Attributions, $"{path}.attributions", Attribution)), member: "-")
            : Build($"{path}.analystRationale", () => Sources.Provenance.Analyst(dto.AnalystRationale!), member: "-");
    }

    private static Attribution Attribution(AttributionDto dto, JsonPath path) => Build(path, () => new Attribution(
        Id<Source>(dto.Source, $"{path}.source"),
        Build($"{path}.span", () => new TextSpan(dto.Span.Start, dto.Span.Quote)),
        dto.Basis,
        OptionalId<Actor>(dto.AttributedTo, $"{path}.attributedTo"),
        Optional(dto.Grade, $"{path}.grade", (g, at) => Build(at, () => new AdmiraltyGrade(g.Reliability, g.Credibility)))));

    private static PlaceOfRefuge Refuge(PlaceOfRefugeDto dto, JsonPath path) => dto switch
    {
        MissionRefugeDto m => Build(path, () => new MissionRefuge(Id<Mission>(m.Mission, $"{path}.mission"))),
        TerritorialRefugeDto t => Build(path, () => new TerritorialRefuge(Location(t.Location, $"{path}.location"))),
        _ => throw Fail(path, "a place of refuge needs a \"type\": mission or territory."),
    };

    private static AsylumStatusChange StatusChange(AsylumStatusChangeDto dto, JsonPath path) => Build(path, () => new AsylumStatusChange(
        dto.Status,
        Provenance(dto.Provenance, $"{path}.provenance"),
        Optional(dto.When, $"{path}.when", ReportedTime),
        OptionalId<Actor>(dto.Via, $"{path}.via"),
        dto.Note));

    private static StatementText Text(StatementTextDto dto, JsonPath path) => dto switch
    {
        QuotationDto q => Build(path, () => new Quotation(
            List(q.Segments, $"{path}.segments", (s, at) => Build(at, () => new QuoteSegment(s.Kind, s.Text))),
            q.Rendering,
            q.OriginalLanguage)),
        ParaphraseDto p => Build(path, () => new Paraphrase(p.Text)),
        _ => throw Fail(path, "a statement text needs a \"type\": quotation or paraphrase."),
    };

    private static EventCode Coding(EventCodeDto dto, JsonPath path) => Build(path, () => new EventCode(
        dto.Cameo is null ? null : Build($"{path}.cameo", () => new CameoCode(dto.Cameo)),
        Optional(dto.Plover, $"{path}.plover", (p, at) => Build(at, () => new PloverCoding(p.Type, p.Mode, p.Context)))));

    private static ReportedTime ReportedTime(ReportedTimeDto dto, JsonPath path) => Build(path, () => new ReportedTime(
        dto.Words,
        Optional(dto.Resolution, $"{path}.resolution", (r, at) => Build(at, () => new TimeResolution(Interval(r.Interval, $"{at}.interval"), r.Precision))),
        dto.Anchor));

    private static DateInterval Interval(DateIntervalDto dto, JsonPath path) =>
        dto.End < dto.Start
            ? throw Fail($"{path}.end", $"the interval ends ({dto.End:uuuu-MM-dd}) before it starts ({dto.Start:uuuu-MM-dd}).")
            : new DateInterval(dto.Start, dto.End);

    private static Location Location(LocationDto dto, JsonPath path) => Build(path, () => new Location(
        Id<Actor>(dto.Country, $"{path}.country"),
        dto.City,
        dto.Subdivision,
        Optional(dto.Coordinates, $"{path}.coordinates", Coordinates)));

    private static GeoCoordinates Coordinates(GeoCoordinatesDto dto, JsonPath path) =>
        Build(path, () => new GeoCoordinates(dto.Latitude, dto.Longitude));

    private static WikidataId? Wikidata(string? value, JsonPath path) =>
        value is null ? null : Build(path, () => new WikidataId(value));

    private static Uri AbsoluteUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new FormatException($"'{value}' is not an absolute URI such as 'https://example.org/story'.");

    private static Id<T> Id<T>(string value, JsonPath path)
        where T : class =>
        Build(path, () => new Id<T>(value));

    private static Id<T>? OptionalId<T>(string? value, JsonPath path)
        where T : class =>
        value is null ? null : Id<T>(value, path);

    private static TModel? Optional<TDto, TModel>(TDto? dto, JsonPath path, Func<TDto, JsonPath, TModel> map)
        where TDto : class
        where TModel : class =>
        dto is null ? null : map(dto, path);

    private static EquatableArray<TModel> List<TDto, TModel>(List<TDto>? items, JsonPath path, Func<TDto, JsonPath, TModel> map)
    {
        if (items is null)
        {
            return EquatableArray<TModel>.Empty;
        }
        var builder = System.Collections.Immutable.ImmutableArray.CreateBuilder<TModel>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw Fail($"{path}[{i}]", "null is not allowed in this list.");
            builder.Add(map(item, $"{path}[{i}]"));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Runs a model constructor, turning the argument exception it throws for broken input into a
    /// format error at the path of the offending member (the argument's name is the member's
    /// camelCase JSON name throughout the model). Errors already located deeper pass through.
    /// </summary>
    private static T Build<T>(JsonPath path, Func<T> construct, string? member = null)
    {
        try
        {
            return construct();
        }
        catch (IncidentIntegrityException e)
        {
            // Its path is rooted at the incident ("$.statements[2]..."), which sits at `path` here.
            throw Fail($"{path}{e.Path[1..]}", e.Problem);
        }
        catch (ArgumentException e)
        {
            string name = member ?? e.ParamName ?? "-";
            var at = name is "-" or "value" or "items" or "account" || !IsIdentifier(name) ? path : (JsonPath)$"{path}.{name}";
            string message = e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", "", StringComparison.Ordinal);
            message = message.ReplaceLineEndings(" ");
            throw Fail(at, message);
        }
        catch (FormatException e)
        {
            throw Fail(path, e.Message);
        }
    }

    private static bool IsIdentifier(string name) => name.Length > 0 && char.IsAsciiLetterLower(name[0]) && name.All(char.IsAsciiLetterOrDigit);

    private static ContractViolation Fail(JsonPath path, string problem) => new(path.ToString(), problem);
}

/// <summary>Input that is well-formed JSON of the right shape but breaks a rule of the model, at a path.</summary>
internal sealed class ContractViolation(string path, string problem) : Exception(problem)
{
    internal string Path { get; } = path;
}
