using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Events;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Time;
using Diplomacy.Model.Utility;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Model.Interop;

/// <summary>
/// One event of a GDELT 2.0 event export, with the fields the model uses, parsed and checked, and
/// the row's exact text. <see cref="ToSource"/> and <see cref="ToDiplomaticEvent"/> turn it into
/// model values.
/// </summary>
/// <remarks>
/// The facts are read from the GDELT row, not from the article: so the model's source is the row
/// (its content hash is the hash of <see cref="RawLine"/>, and the attribution's span is the whole
/// row), and the article the row cites is the source's <see cref="Source.Address"/>. The basis is
/// <see cref="AttributionBasis.ReporterAssertion"/>: GDELT codes what the article states, without
/// telling who in it said so.
/// </remarks>
[Immutable]
public sealed record GdeltEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="globalEventId">GLOBALEVENTID, positive.</param>
    /// <param name="day">SQLDATE: the day of the event.</param>
    /// <param name="eventCode">EventCode.</param>
    /// <param name="eventBaseCode">EventBaseCode.</param>
    /// <param name="eventRootCode">EventRootCode.</param>
    /// <param name="quadClass">QuadClass, 1 to 4.</param>
    /// <param name="goldsteinScale">GoldsteinScale, −10 to +10.</param>
    /// <param name="dateAdded">DATEADDED.</param>
    /// <param name="sourceUrl">SOURCEURL as given: usually a URL, sometimes a citation of a non-web source.</param>
    /// <param name="rawLine">The row exactly as read, without its line end.</param>
    /// <param name="actor1">The first actor, if coded.</param>
    /// <param name="actor2">The second actor, if coded.</param>
    /// <param name="isRootEvent">IsRootEvent.</param>
    /// <param name="numMentions">NumMentions, not negative.</param>
    /// <param name="numSources">NumSources, not negative.</param>
    /// <param name="numArticles">NumArticles, not negative.</param>
    /// <param name="avgTone">AvgTone, −100 to +100.</param>
    /// <param name="actionPlace">The ActionGeo place, if any.</param>
    /// <exception cref="ArgumentException">A value is out of its range, or a text is blank.</exception>
    public GdeltEvent(
        long globalEventId,
        LocalDate day,
        CameoCode eventCode,
        CameoCode eventBaseCode,
        CameoCode eventRootCode,
        int quadClass,
        double goldsteinScale,
        Instant dateAdded,
        string sourceUrl,
        string rawLine,
        GdeltActor? actor1 = null,
        GdeltActor? actor2 = null,
        bool isRootEvent = false,
        int numMentions = 0,
        int numSources = 0,
        int numArticles = 0,
        double avgTone = 0,
        GdeltPlace? actionPlace = null)
    {
        Preconditions.CheckArgument(globalEventId > 0, nameof(globalEventId), $"A GLOBALEVENTID is positive; got {globalEventId}.");
        GlobalEventId = globalEventId;
        Day = day;
        EventCode = Preconditions.CheckNotNull(eventCode);
        EventBaseCode = Preconditions.CheckNotNull(eventBaseCode);
        EventRootCode = Preconditions.CheckNotNull(eventRootCode);
        Preconditions.CheckArgument(eventCode.Value.StartsWith(eventRootCode.Value, StringComparison.Ordinal), nameof(eventRootCode),
            $"EventRootCode {eventRootCode} is not the root of EventCode {eventCode}.");
        QuadClass = Preconditions.CheckArgumentRange(quadClass, 1, 4);
        Preconditions.CheckArgument(goldsteinScale is >= -10 and <= 10, nameof(goldsteinScale), $"A Goldstein value is −10 to +10; got {goldsteinScale}.");
        GoldsteinScale = goldsteinScale;
        DateAdded = dateAdded;
        SourceUrl = Preconditions.CheckNotBlank(sourceUrl);
        RawLine = Preconditions.CheckNotBlank(rawLine);
        Actor1 = actor1;
        Actor2 = actor2;
        IsRootEvent = isRootEvent;
        NumMentions = Preconditions.CheckArgumentRange(numMentions, 0, int.MaxValue);
        NumSources = Preconditions.CheckArgumentRange(numSources, 0, int.MaxValue);
        NumArticles = Preconditions.CheckArgumentRange(numArticles, 0, int.MaxValue);
        Preconditions.CheckArgument(avgTone is >= -100 and <= 100, nameof(avgTone), $"AvgTone is −100 to +100; got {avgTone}.");
        AvgTone = avgTone;
        ActionPlace = actionPlace;
    }

    /// <summary>GLOBALEVENTID.</summary>
    public long GlobalEventId { get; }

    /// <summary>SQLDATE: the day of the event.</summary>
    public LocalDate Day { get; }

    /// <summary>EventCode.</summary>
    public CameoCode EventCode { get; }

    /// <summary>EventBaseCode.</summary>
    public CameoCode EventBaseCode { get; }

    /// <summary>EventRootCode.</summary>
    public CameoCode EventRootCode { get; }

    /// <summary>QuadClass, 1 to 4.</summary>
    public int QuadClass { get; }

    /// <summary>GoldsteinScale.</summary>
    public double GoldsteinScale { get; }

    /// <summary>DATEADDED.</summary>
    public Instant DateAdded { get; }

    /// <summary>SOURCEURL as given.</summary>
    public string SourceUrl { get; }

    /// <summary>SOURCEURL as an absolute http(s) address, or null when it is a citation of a non-web source.</summary>
    public Uri? SourceAddress =>
        Uri.TryCreate(SourceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>The row exactly as read.</summary>
    public string RawLine { get; }

    /// <summary>The first actor, or null.</summary>
    public GdeltActor? Actor1 { get; }

    /// <summary>The second actor, or null.</summary>
    public GdeltActor? Actor2 { get; }

    /// <summary>IsRootEvent.</summary>
    public bool IsRootEvent { get; }

    /// <summary>NumMentions.</summary>
    public int NumMentions { get; }

    /// <summary>NumSources.</summary>
    public int NumSources { get; }

    /// <summary>NumArticles.</summary>
    public int NumArticles { get; }

    /// <summary>AvgTone.</summary>
    public double AvgTone { get; }

    /// <summary>The ActionGeo place, or null.</summary>
    public GdeltPlace? ActionPlace { get; }

    /// <summary>The id used for both the source and the event: <c>gdelt-{GLOBALEVENTID}</c>.</summary>
    public string ModelId => $"gdelt-{GlobalEventId}";

    /// <summary>
    /// The source the event is read from: the GDELT row (kind <see cref="SourceKind.Other"/>,
    /// language <c>und</c>, content hash of the row), addressed at the article it cites.
    /// </summary>
    public Source ToSource() => new(
        new Id<Source>(ModelId),
        SourceKind.Other,
        "und",
        ContentHash.Of(RawLine),
        headline: $"GDELT event {GlobalEventId}",
        publisher: "GDELT Project",
        address: SourceAddress);

    /// <summary>
    /// The event as a model value: coded with its CAMEO EventCode, dated on its day (the words are
    /// the SQLDATE), occurred, attributed to <see cref="ToSource"/> by the whole row. Consultations
    /// (root 04) become meetings, negotiations (046) negotiations, anything else
    /// <see cref="DiplomaticEventKind.Other"/>.
    /// </summary>
    /// <param name="participants">The incident's actors standing for Actor1 and Actor2, if the caller has matched them.</param>
    public DiplomaticEvent ToDiplomaticEvent(EquatableArray<Id<Actor>> participants = default)
    {
        var kind = EventBaseCode.Value == "046" ? DiplomaticEventKind.Negotiation
            : EventRootCode.Root == 4 ? DiplomaticEventKind.Meeting
            : DiplomaticEventKind.Other;
        var attribution = new Attribution(new Id<Source>(ModelId), new TextSpan(0, RawLine), AttributionBasis.ReporterAssertion);
        return new DiplomaticEvent(
            new Id<DiplomaticEvent>(ModelId),
            kind,
            $"{Describe(Actor1)} → {Describe(Actor2)}: CAMEO {EventCode} (GDELT event {GlobalEventId})",
            EventStatus.Occurred,
            Provenance.Cited(attribution),
            participants,
            when: ReportedTime.OnDay(LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Format(Day), Day),
            coding: new EventCode(EventCode, null));
    }

    /// <summary>For example <c>GDELT 1234 2016-10-10 CHNGOV 027 KORGOV</c>.</summary>
    public override string ToString() => $"GDELT {GlobalEventId} {Day:uuuu-MM-dd} {Actor1?.Code ?? "-"} {EventCode} {Actor2?.Code ?? "-"}";

    private static string Describe(GdeltActor? actor) => actor?.Name ?? actor?.Code ?? "unknown actor";
}
