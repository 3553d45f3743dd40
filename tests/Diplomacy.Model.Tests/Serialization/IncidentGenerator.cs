using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.Commentary;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Geography;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Law;
using Diplomacy.Model.Missions;
using Diplomacy.Model.Relations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Statements;
using Diplomacy.Model.Time;
using NodaTime;

namespace Diplomacy.Model.Tests.Serialization;

/// <summary>
/// Deterministic generator of valid incidents that use every concept and every enum value (enums
/// are walked with Enum.GetValues, so a new value is covered without touching this file). The seed
/// varies the optional members, texts, dates and order.
/// </summary>
internal sealed class IncidentGenerator(int seed)
{
    private readonly Random random = new(seed);
    private readonly Dictionary<Type, int> cursors = [];

    private static readonly string[] Words = ["Beijing", "Seoul", "trade", "mission", "refuge", "北京", "서울", "\"quoted\"", "line\nbreak", "tab\there", "emoji 🙂", "a\\b", "<&>"];

    internal Incident Incident(string? id = null, bool singleSource = false)
    {
        var sources = singleSource
            ? [Source("src-0", Cycle<SourceKind>())]
            : Enum.GetValues<SourceKind>().Select((k, i) => Source($"src-{i}", k)).ToList();
        var sourceIds = sources.Select(s => s.Id).ToArray();
        Provenance P() => Provenance(sourceIds);

        var prk = new State(new("prk"), new CountryCode("PRK"), "North Korea",
            Enum.GetValues<AliasKind>().Select(k => new Alias(Text(), k, P(), Maybe("ko"))).ToEquatableArray(), Maybe("PRK"), Maybe(new WikidataId("Q423")));
        var kor = new State(new("kor"), new CountryCode("KOR"), "South Korea", [new Alias("Seoul", AliasKind.Metonym, P())]);
        var chn = new State(new("chn"), new CountryCode("CHN"), "China");
        var usa = new State(new("usa"), new CountryCode("USA"), "United States", wikidata: new WikidataId("Q30"));
        var states = new[] { prk, kor, chn, usa };
        var organizations = Enum.GetValues<OrganizationKind>()
            .Select((k, i) => new Organization(new($"org-{i}"), $"Organization {i} {Text()}", k, Maybe(states[i % states.Length].Id), default, Maybe(new WikidataId($"Q{100 + i}"))))
            .ToList();
        var official = new NamedPerson(new("ri"), "Ri Pyong-chol", prk.Id, [new Alias("Mr Ri", AliasKind.Honorific, P())], Maybe(new WikidataId("Q7")));
        var spokesperson = new NamedPerson(new("hua"), "Hua Chunying", Maybe(chn.Id));
        var unnamed = new UnnamedPerson(new("official"), "a senior North Korean trade official", prk.Id);
        var relatives = Enum.GetValues<Kinship>().Select((k, i) => new UnnamedPerson(new($"relative-{i}"), $"a {k} of the official", Maybe(prk.Id))).ToList();
        var groups = new[] { new PersonGroup(new("sources"), "sources", true), new PersonGroup(new("officials"), "South Korean officials", false, kor.Id) };
        var actors = new List<Actor>(states);
        actors.AddRange(organizations);
        actors.AddRange([official, spokesperson, unnamed]);
        actors.AddRange(relatives);
        actors.AddRange(groups);

        var ministry = organizations[(int)OrganizationKind.Ministry];
        var un = organizations[(int)OrganizationKind.InternationalOrganization];
        var posts = new[]
        {
            new Post(new("post-trade"), official.Id, "trade representative", prk.Id, P(),
                Maybe(new Location(chn.Id, "Beijing", "CN-BJ", new GeoCoordinates(39.9042, 116.4074))),
                Maybe(new DateInterval(new LocalDate(2014, 1, 1), new LocalDate(2016, 12, 31)))),
            new Post(new("post-spokes"), spokesperson.Id, "foreign ministry spokesperson", ministry.Id, P()),
        };
        var relations = Enum.GetValues<StateRelationKind>()
            .Select((k, i) => new StateRelation(states[i % 4].Id, states[(i + 1) % 4].Id, k, P())).ToList();
        var instruments = LegalInstrument.WellKnown.ToList();
        instruments.AddRange(Enum.GetValues<LegalInstrumentKind>().Select((k, i) => new LegalInstrument(new($"instr-{i}"), $"Instrument {i}", k, Maybe<int?>(1950 + i), Maybe($"I{i}"))));

        var missions = new List<Mission>();
        var embassy = new Mission(new("m-embassy-main"), MissionKind.Embassy, kor.Id, chn.Id, "Beijing", P(), "Embassy of the Republic of Korea",
            [new Alias("the embassy", AliasKind.Informal, P())], official.Id, subdivision: Maybe("CN-BJ"), coordinates: Maybe(new GeoCoordinates(39.95, 116.46)),
            premisesClaims: Enum.GetValues<PremisesAssertion>().Select(assertion => new PremisesClaim(assertion, P())).ToEquatableArray());
        missions.Add(embassy);
        foreach (var kind in Enum.GetValues<MissionKind>())
        {
            var regime = MissionRegime.For(kind);
            missions.Add(new Mission(
                new($"m-{(int)kind}"), kind, kor.Id, chn.Id, Maybe("Beijing"), P(), Maybe(Text()), default,
                accreditedTo: kind == MissionKind.PermanentMission ? un.Id : null,
                protectingPower: kind == MissionKind.InterestsSection ? usa.Id : null,
                partOf: kind == MissionKind.ConsularSection ? embassy.Id : null,
                agreement: regime.Basis == LegalBasis.None && Chance() ? new PrivilegesAgreement(instruments[^1].Id, Chance(), P()) : null));
        }

        var day = new LocalDate(2016, 10, 1).PlusDays(random.Next(0, 30));
        ReportedTime At(int offset) => Chance() ? ReportedTime.Unresolved("late last week") : ReportedTime.OnDay($"day {offset}", day.PlusDays(offset));
        AsylumStatusChange Step(AsylumStatus status, int offset) => new(status, P(), Maybe(At(offset)),
            status == AsylumStatus.TransferredViaThirdState ? usa.Id : null, Maybe(Text()));
        var claims = new List<AsylumClaim>
        {
            new(new("claim-1"), AsylumKind.Diplomatic, official.Id, P(), prk.Id, kor.Id, new MissionRefuge(embassy.Id),
                new AsylumHistory([
                    Step(AsylumStatus.RefugeTaken, 0), Step(AsylumStatus.AsylumRequested, 1), Step(AsylumStatus.UnderConsideration, 2),
                    Step(AsylumStatus.UnderNegotiation, 3), Step(AsylumStatus.Granted, 4), Step(AsylumStatus.SafeConductIssued, 5),
                    Step(AsylumStatus.LeftRefuge, 6), Step(AsylumStatus.TransferredViaThirdState, 7), Step(AsylumStatus.Arrived, 8)]),
                relatives.Select(r => new PersonAtRisk(r.Id, Cycle<Kinship>(), P(), Maybe("punishment"), Maybe(new Location(prk.Id, "Pyongyang")))).ToEquatableArray(),
                Maybe(new AsylumGrounds("to avoid persecution", P(), Maybe(prk.Id)))),
            new(new("claim-2"), AsylumKind.Territorial, unnamed.Id, P(), Maybe(prk.Id), null,
                Maybe<PlaceOfRefuge>(new TerritorialRefuge(new Location(kor.Id, Maybe("Seoul"), Maybe("KR-11")))),
                new AsylumHistory([Step(AsylumStatus.AsylumRequested, 0), Step(AsylumStatus.Refused, 1), Step(AsylumStatus.Repatriated, 2)])),
            new(new("claim-3"), AsylumKind.RefugeeStatus, spokesperson.Id, P(), history:
                new AsylumHistory([Step(AsylumStatus.RefugeTaken, 0), Step(AsylumStatus.AsylumRequested, 0), Step(AsylumStatus.Withdrawn, 1), Step(AsylumStatus.LeftRefuge, 2)])),
            new(new("claim-4"), AsylumKind.Unspecified, groups[1].Id, P()),
        };

        var statements = new List<Statement>();
        var stances = Enum.GetValues<Stance>();
        int count = Math.Max(Enum.GetValues<VenueKind>().Length, Math.Max(Enum.GetValues<AddresseeScope>().Length, (stances.Length + 1) / 2));
        for (int i = 0; i < count; i++)
        {
            var mine = new[] { stances[(2 * i) % stances.Length], stances[(2 * i + 1) % stances.Length] }.Distinct().ToEquatableArray();
            var scope = Cycle<AddresseeScope>();
            bool bySpokesperson = i % 2 == 0;
            statements.Add(new Statement(
                new($"st-{i}"),
                bySpokesperson ? new Speaker(spokesperson.Id, Maybe(posts[1].Id)) : new Speaker(ministry.Id),
                mine,
                P(),
                Maybe(chn.Id),
                scope == AddresseeScope.Named ? Addressees.Of(prk.Id, kor.Id) : new Addressees(scope, Chance() ? [kor.Id] : default, Maybe("both sides")),
                Text(i),
                Maybe(At(i)),
                new Venue(Cycle<VenueKind>(), Maybe("regular press briefing")),
                mine.Contains(Stance.InvokesTreaty) || Chance() ? [LegalInstrument.Vcdr1961.Id] : default,
                Maybe(claims[0].Id),
                Maybe(Coding())));
        }

        var events = new List<DiplomaticEvent>();
        int eventCount = Math.Max(Enum.GetValues<DiplomaticEventKind>().Length, Math.Max(Enum.GetValues<EventStatus>().Length, Enum.GetValues<PloverEventType>().Length));
        for (int i = 0; i < eventCount; i++)
        {
            events.Add(new DiplomaticEvent(new($"ev-{i}"), Cycle<DiplomaticEventKind>(), $"event {i}: {Text()}", Cycle<EventStatus>(), P(),
                Chance() ? [chn.Id, prk.Id] : default, Maybe(new Location(chn.Id)), Maybe(Resolved(i)),
                new EventCode(Maybe(new CameoCode("046")), new PloverCoding(Cycle<PloverEventType>(), Maybe("meet"), Maybe("diplomatic"))),
                Maybe(new Id<AsylumClaim>("claim-1"))));
        }
        var remarks = Enum.GetValues<RemarkKind>().Select((k, i) => new Remark(new($"rm-{i}"), k, $"remark {Text()}", P(), Chance() ? [prk.Id] : default)).ToList();

        return new Incident(new(id ?? $"incident-{seed}"), $"Incident {Text()}", sources.ToEquatableArray(), actors.ToEquatableArray(), posts.ToEquatableArray(),
            relations.ToEquatableArray(), instruments.ToEquatableArray(), missions.ToEquatableArray(), claims.ToEquatableArray(), statements.ToEquatableArray(),
            events.ToEquatableArray(), remarks.ToEquatableArray());
    }

    private Source Source(string id, SourceKind kind) => new(new(id), kind, Chance() ? "en" : "zh-Hans", ContentHash.Of(id + seed),
        Maybe(Text()), Maybe("Yonhap"), Maybe("SEOUL"), Maybe<LocalDate?>(new LocalDate(2016, 10, 10)), Maybe<Instant?>(Instant.FromUtc(2016, 10, 10, 8, 30, random.Next(0, 60))),
        Maybe(new Uri($"https://news.example.org/{id}/{random.Next(1000)}?lang=en")));

    private Provenance Provenance(Id<Source>[] sources)
    {
        if (random.Next(5) == 0)
        {
            return global::Diplomacy.Model.Sources.Provenance.Analyst($"analyst: {Text()}");
        }
        return global::Diplomacy.Model.Sources.Provenance.Cited(Enumerable.Range(0, random.Next(1, 3)).Select(_ => new Attribution(
            sources[random.Next(sources.Length)],
            new TextSpan(random.Next(0, 5000), Text()),
            Cycle<AttributionBasis>(),
            Chance() ? new Id<Actor>("hua") : null,
            Chance() ? new AdmiraltyGrade(Cycle<SourceReliability>(), Cycle<InformationCredibility>()) : null)));
    }

    private StatementText? Text(int i) => (i % 3) switch
    {
        0 => new Quotation(
            Enum.GetValues<QuoteSegmentKind>().Select(k => new QuoteSegment(k, k == QuoteSegmentKind.Verbatim ? "We hope " + Text() : "[North Korea]")).ToEquatableArray(),
            Cycle<QuoteRendering>(), "zh"),
        1 => new Paraphrase(Text()),
        _ => Chance() ? null : Quotation.Parse("This is a matter [sic] for... both sides", QuoteRendering.Original),
    };

    private EventCode Coding() => random.Next(3) switch
    {
        0 => new EventCode(new CameoCode("027"), null),
        1 => new EventCode(null, new PloverCoding(Cycle<PloverEventType>())),
        _ => new EventCode(new CameoCode("0751"), new PloverCoding(Cycle<PloverEventType>(), "asylum", null)),
    };

    private ReportedTime Resolved(int i)
    {
        var precision = Cycle<TimePrecision>();
        var start = new LocalDate(2016, 10, 1).PlusDays(i);
        var interval = precision == TimePrecision.Day ? new DateInterval(start, start) : new DateInterval(start, start.PlusDays(random.Next(1, 40)));
        return new ReportedTime($"words {i}", new TimeResolution(interval, precision), Maybe<LocalDate?>(start.PlusDays(3)));
    }

    private TEnum Cycle<TEnum>()
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        cursors.TryGetValue(typeof(TEnum), out int next);
        cursors[typeof(TEnum)] = next + 1;
        return values[next % values.Length];
    }

    private bool Chance() => random.Next(2) == 0;

    private T? Maybe<T>(T value) => Chance() ? value : default;

    private string Text() => Words[random.Next(Words.Length)] + " " + random.Next(1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
