using System.Globalization;
using Diplomacy.Model.Actors;
using Diplomacy.Model.Asylum;
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

namespace Diplomacy.Model.Benchmarks.Corpus;

/// <summary>
/// A deterministic generator of realistic incidents: states with aliases ("Seoul", "Pyongyang"),
/// ministries, spokespersons holding posts, missions, an asylum claim with its history, and many
/// statements — quotations with editorial insertions or paraphrases — each cited with one or two
/// attributions that quote the source's words. The same seed always gives the same incident, so
/// every benchmark process reads and writes the same bytes.
/// </summary>
internal sealed class IncidentCorpus(int seed)
{
    private static readonly (string Code, string Name, string Capital, string Language)[] Countries =
    [
        ("PRK", "North Korea", "Pyongyang", "ko"),
        ("KOR", "South Korea", "Seoul", "ko"),
        ("CHN", "China", "Beijing", "zh"),
        ("USA", "United States", "Washington", "en"),
        ("JPN", "Japan", "Tokyo", "ja"),
        ("RUS", "Russia", "Moscow", "ru"),
        ("GBR", "United Kingdom", "London", "en"),
        ("ECU", "Ecuador", "Quito", "es"),
        ("FRA", "France", "Paris", "fr"),
        ("DEU", "Germany", "Berlin", "de"),
        ("MNG", "Mongolia", "Ulaanbaatar", "mn"),
        ("VNM", "Viet Nam", "Hanoi", "vi"),
    ];

    private static readonly string[] Spokespeople =
    [
        "Geng Shuang", "Hua Chunying", "Cho June-hyuck", "Jeong Joon-hee", "Yoshihide Suga", "Maria Zakharova",
        "John Kirby", "Mark Toner", "Romain Nadal", "Martin Schäfer", "Lu Kang", "Lee Jin-woo",
    ];

    private static readonly string[] Openings =
    [
        "We hope", "We are closely following the report that", "I am not aware of the situation where",
        "As for the relevant report,", "Our position on this issue is consistent:", "We urge",
        "It is regrettable that", "We have taken note of reports that", "The government firmly believes",
    ];

    private static readonly string[] Middles =
    [
        "the relevant parties can resolve the matter properly through consultation",
        "the official entered the trade mission in Beijing late last week",
        "the inviolability of diplomatic premises must be respected under the Vienna Convention",
        "no request for asylum has been received at this time",
        "the person concerned will be handled in accordance with domestic law, international law and humanitarian principles",
        "consular officials have been in contact with the host government since the weekend",
        "reports in the South Korean media cannot be confirmed",
        "the safety of the family members remaining in the country is a matter of grave concern",
    ];

    private static readonly string[] Insertions = ["[North Korea]", "[the official]", "[South Korea]", "[sic]", "[the ministry]", "[China]"];

    private static readonly string[] Reporting =
    [
        "told a regular press briefing on Monday", "said in a statement", "told reporters in Seoul",
        "said, according to Yonhap", "said on condition of anonymity", "wrote on the ministry's website",
    ];

    private readonly Random random = new(seed);

    /// <summary>
    /// An incident as one source or several report it: a dozen states, their ministries and
    /// spokespersons, missions, one asylum claim, <paramref name="statements"/> statements and a few events.
    /// </summary>
    /// <param name="id">The incident's id.</param>
    /// <param name="statements">How many statements; each is cited by one or two attributions.</param>
    /// <param name="sourceCount">How many sources (1 for a report).</param>
    /// <param name="states">How many states take part (3 to 12).</param>
    /// <param name="brief">A brief incident, as in a stream of many: states without ministries, spokespersons or embassies.</param>
    internal Incident Incident(string id, int statements, int sourceCount = 3, int states = 12, bool brief = false)
    {
        states = Math.Clamp(states, 3, Countries.Length);
        var sources = Enumerable.Range(0, sourceCount).Select(i => Source($"src-{seed}-{i}")).ToList();
        var sourceIds = sources.Select(s => s.Id).ToArray();

        var actors = new List<Actor>();
        var stateIds = new List<Id<Actor>>();
        var ministries = new List<Id<Actor>>();
        var speakers = new List<(Id<Actor> Person, Id<Post> Post, Id<Actor> State)>();
        var posts = new List<Post>();
        for (int i = 0; i < states; i++)
        {
            var (code, name, capital, language) = Countries[i];
            var state = new Id<Actor>(code.ToLowerInvariant());
            stateIds.Add(state);
            actors.Add(new State(state, new CountryCode(code), name,
                brief
                    ? [new Alias(capital, AliasKind.Metonym, Provenance.Analyst("capital for government"))]
                    : [new Alias(capital, AliasKind.Metonym, Cited(sourceIds, capital)), new Alias($"the {name} government", AliasKind.Description, Cited(sourceIds, name))],
                cameoCode: code, wikidata: new WikidataId($"Q{400 + i}")));
            if (brief)
            {
                speakers.Add((state, default!, state));
                ministries.Add(state);
                continue;
            }
            var ministry = new Id<Actor>($"mfa-{code.ToLowerInvariant()}");
            ministries.Add(ministry);
            actors.Add(new Organization(ministry, $"Ministry of Foreign Affairs of {name}", OrganizationKind.Ministry, state,
                [new Alias($"{name}'s foreign ministry", AliasKind.Description, Cited(sourceIds, $"{name}'s foreign ministry"), "en")]));
            var person = new Id<Actor>($"spokesperson-{code.ToLowerInvariant()}");
            actors.Add(new NamedPerson(person, Spokespeople[i], state,
                [new Alias(Spokespeople[i].Split(' ')[^1], AliasKind.Honorific, Cited(sourceIds, Spokespeople[i]), language)]));
            var post = new Id<Post>($"post-spokesperson-{code.ToLowerInvariant()}");
            posts.Add(new Post(post, person, "foreign ministry spokesperson", ministry, Cited(sourceIds, "foreign ministry spokesperson"),
                new Location(state, capital), new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31))));
            speakers.Add((person, post, state));
        }
        var claimant = new Id<Actor>("ri-pyong-chol");
        actors.Add(new NamedPerson(claimant, "Ri Pyong-chol", stateIds[0], [new Alias("Mr Ri", AliasKind.Honorific, Cited(sourceIds, "Mr Ri"))]));
        var sourcesGroup = new Id<Actor>("sources");
        actors.Add(new PersonGroup(sourcesGroup, "sources familiar with the matter", isAnonymous: true));

        var relations = new List<StateRelation>
        {
            new(stateIds[0], stateIds[1], StateRelationKind.NoMutualRecognition, Cited(sourceIds, "do not recognize each other")),
        };
        for (int i = 2; i < (brief ? 0 : states); i++)
        {
            relations.Add(new StateRelation(stateIds[1], stateIds[i], StateRelationKind.DiplomaticRelations, Provenance.Analyst("public record")));
        }

        var instruments = new List<LegalInstrument> { LegalInstrument.Vcdr1961, LegalInstrument.Vccr1963 };
        var missions = new List<Mission>
        {
            new(new("kor-trade-mission-beijing"), MissionKind.TradeMission, stateIds[1], stateIds[2], "Beijing",
                Cited(sourceIds, "South Korea's trade mission in Beijing"), "KOTRA Beijing",
                [new Alias("Seoul mission", AliasKind.Description, Cited(sourceIds, "Seoul mission"))],
                coordinates: new GeoCoordinates(39.9042, 116.4074)),
        };
        for (int i = 2; i < (brief ? 0 : states); i++)
        {
            missions.Add(new Mission(new($"kor-embassy-{Countries[i].Code.ToLowerInvariant()}"), MissionKind.Embassy, stateIds[1], stateIds[i],
                Countries[i].Capital, Cited(sourceIds, $"South Korean embassy in {Countries[i].Capital}"),
                aliases: [new Alias("the embassy", AliasKind.Informal, Cited(sourceIds, "the embassy"))]));
        }

        var day = new LocalDate(2016, 10, 3).PlusDays(random.Next(0, 14));
        var claim = new AsylumClaim(new("claim-ri"), AsylumKind.Diplomatic, claimant, Cited(sourceIds, "seeking asylum"), stateIds[0], stateIds[1],
            new MissionRefuge(missions[0].Id),
            new AsylumHistory([
                new AsylumStatusChange(AsylumStatus.RefugeTaken, Cited(sourceIds, "entered the trade mission"), new ReportedTime("late last week", anchor: day)),
                new AsylumStatusChange(AsylumStatus.AsylumRequested, Cited(sourceIds, "asked for asylum")),
                new AsylumStatusChange(AsylumStatus.UnderNegotiation, Cited(sourceIds, "in talks"), ReportedTime.OnDay("on Monday", day.PlusDays(3))),
            ]),
            grounds: new AsylumGrounds("fear of punishment after a failed trade deal", Cited(sourceIds, "fear of punishment"), stateIds[0]));

        var stances = new[]
        {
            Stance.UrgesResolution, Stance.DeclinesToComment, Stance.Confirms, Stance.Denies, Stance.HasNotCommented, Stance.InvokesTreaty,
        };
        var statementList = new List<Statement>(statements);
        for (int i = 0; i < statements; i++)
        {
            var (person, post, state) = speakers[random.Next(speakers.Count)];
            bool byMinistry = brief || random.Next(4) == 0;
            var stance = stances[random.Next(stances.Length)];
            string words = Sentence();
            statementList.Add(new Statement(
                new($"st-{i}"),
                byMinistry ? new Speaker(ministries[stateIds.IndexOf(state)]) : new Speaker(person, post),
                stance == Stance.UrgesResolution && random.Next(2) == 0 ? [stance, Stance.Confirms] : [stance],
                Cited(sourceIds, words, random.Next(3) == 0 ? person : null),
                state,
                random.Next(3) == 0 ? Addressees.Of(stateIds[0], stateIds[1]) : new Addressees(AddresseeScope.BothSides, words: "relevant parties"),
                random.Next(3) switch
                {
                    0 => new Paraphrase(words),
                    _ => new Quotation(
                        [new QuoteSegment(QuoteSegmentKind.Verbatim, Openings[random.Next(Openings.Length)] + " "),
                         new QuoteSegment(QuoteSegmentKind.EditorialInsertion, Insertions[random.Next(Insertions.Length)]),
                         new QuoteSegment(QuoteSegmentKind.Verbatim, " " + words + ".")],
                        QuoteRendering.Translation, Countries[random.Next(states)].Language),
                },
                random.Next(2) == 0 ? ReportedTime.OnDay("on Monday", day.PlusDays(random.Next(0, 10))) : new ReportedTime("this week"),
                new Venue(random.Next(2) == 0 ? VenueKind.RegularPressBriefing : VenueKind.WrittenStatement, Reporting[random.Next(Reporting.Length)]),
                stance == Stance.InvokesTreaty ? [instruments[0].Id] : default,
                claim.Id,
                random.Next(4) == 0 ? new EventCode(new CameoCode("046"), null) : null));
        }

        var events = new List<DiplomaticEvent>();
        for (int i = 0; i < (brief ? 1 : Math.Max(2, statements / 50)); i++)
        {
            int other = 1 + random.Next(states - 1);
            events.Add(new DiplomaticEvent(new($"ev-{i}"), DiplomaticEventKind.Meeting,
                $"talks between {Countries[0].Name} and {Countries[other].Name} on the official's fate", EventStatus.Occurred,
                Cited(sourceIds, "held talks"), [stateIds[0], stateIds[other]], new Location(stateIds[2], "Beijing"),
                ReportedTime.OnDay("on Tuesday", day.PlusDays(i % 20)), regarding: claim.Id));
        }

        return new Incident(new(id), $"North Korean official takes refuge in a South Korean mission ({seed})",
            sources.ToEquatableArray(), actors.ToEquatableArray(), posts.ToEquatableArray(), relations.ToEquatableArray(),
            instruments.ToEquatableArray(), missions.ToEquatableArray(), [claim], statementList.ToEquatableArray(), events.ToEquatableArray());
    }

    /// <summary>One source's account: a report with <paramref name="statements"/> statements by <paramref name="states"/> states.</summary>
    internal Report Report(int statements, int states) => new(Incident($"report-{seed}", statements, sourceCount: 1, states: states));

    private Source Source(string id) => new(new(id), SourceKind.NewsReport, "en", ContentHash.Of(id),
        "China urges solution to North Korean official's refuge in Seoul mission", "Yonhap", "SEOUL",
        new LocalDate(2016, 10, 10), Instant.FromUtc(2016, 10, 10, 8, 30, random.Next(0, 60)));

    // One attribution most of the time, two now and then; the quote is the source's own words.
    private Provenance Cited(Id<Source>[] sources, string quote, Id<Actor>? attributedTo = null)
    {
        var first = Attribution(sources, quote, attributedTo);
        return random.Next(3) == 0
            ? Provenance.Cited(first, Attribution(sources, Middles[random.Next(Middles.Length)], null))
            : Provenance.Cited(first);
    }

    private Attribution Attribution(Id<Source>[] sources, string quote, Id<Actor>? attributedTo) => new(
        sources[random.Next(sources.Length)],
        new TextSpan(random.Next(0, 20_000), quote),
        attributedTo is null ? AttributionBasis.ReporterAssertion : AttributionBasis.NamedOfficial,
        attributedTo,
        random.Next(2) == 0 ? new AdmiraltyGrade(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue) : null);

    private string Sentence() =>
        Middles[random.Next(Middles.Length)] + (random.Next(4) == 0 ? ", " + random.Next(2, 30).ToString(CultureInfo.InvariantCulture) + " officials said" : "");
}
