using Diplomacy.Model.Annotations;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Utility;
using NodaTime;

namespace Diplomacy.Model.Interop;

/// <summary>
/// One PLOVER event record: id, date (and end date), the actors on each side, the event type with
/// its mode and context, the quad code, the words of the source it was coded from, and the
/// citation of that source. <see cref="PloverJsonWriter"/> writes it with PLOVER's field names.
/// </summary>
/// <remarks>
/// PLOVER requires a date; a fact whose reported time could not be resolved has a null
/// <see cref="Date"/> and keeps the source's words in <see cref="DateText"/>, rather than an
/// invented day.
/// </remarks>
[Immutable]
public sealed record PloverRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="id">The record's unique id (<c>id</c>).</param>
    /// <param name="coding">The event type, mode and context (<c>event</c>, <c>mode</c>, <c>context</c>).</param>
    /// <param name="date">The first day the reported time denotes (<c>date</c>), or null when unresolved.</param>
    /// <param name="endDate">The last day, when the time spans several days (<c>enddate</c>).</param>
    /// <param name="dateText">The source's words for the time (<c>date_text</c>, an extension field), if any.</param>
    /// <param name="actors">Who acts (<c>actor</c>).</param>
    /// <param name="recipients">Who is acted upon (<c>recipient</c>).</param>
    /// <param name="eventText">The exact words of the source the record was coded from (<c>event_text</c>).</param>
    /// <param name="citeInfo">The source document (<c>cite_info</c>), if the fact is sourced.</param>
    /// <exception cref="ArgumentException">The id is blank, an end date is given without a date or before it, or an event text is blank.</exception>
    public PloverRecord(
        string id,
        PloverCoding coding,
        LocalDate? date = null,
        LocalDate? endDate = null,
        string? dateText = null,
        EquatableArray<PloverActor> actors = default,
        EquatableArray<PloverActor> recipients = default,
        EquatableArray<string> eventText = default,
        PloverCitation? citeInfo = null)
    {
        Id = Preconditions.CheckNotBlank(id);
        Coding = Preconditions.CheckNotNull(coding);
        Preconditions.CheckArgument(endDate is null || (date is { } start && endDate > start), nameof(endDate),
            $"An end date needs a date before it; got {date?.ToString() ?? "no date"} to {endDate}.");
        Date = date;
        EndDate = endDate;
        DateText = Preconditions.CheckNullOrNotBlank(dateText);
        Actors = actors;
        Recipients = recipients;
        Preconditions.CheckArgument(eventText.All(t => !string.IsNullOrWhiteSpace(t)), nameof(eventText), "An event text cannot be blank.");
        EventText = eventText;
        CiteInfo = citeInfo;
    }

    /// <summary>The record's unique id.</summary>
    public string Id { get; }

    /// <summary>The event type, mode and context.</summary>
    public PloverCoding Coding { get; }

    /// <summary>The first day, or null when the time is unresolved or not reported.</summary>
    public LocalDate? Date { get; }

    /// <summary>The last day of a time spanning several days, or null.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The source's words for the time, or null.</summary>
    public string? DateText { get; }

    /// <summary>Who acts.</summary>
    public EquatableArray<PloverActor> Actors { get; }

    /// <summary>Who is acted upon.</summary>
    public EquatableArray<PloverActor> Recipients { get; }

    /// <summary>The exact words of the source.</summary>
    public EquatableArray<string> EventText { get; }

    /// <summary>The source document, or null.</summary>
    public PloverCitation? CiteInfo { get; }

    /// <summary>
    /// PLOVER's quad category of the event type: 1 verbal cooperation (AGREE, CONSULT, SUPPORT,
    /// CONCEDE), 2 material cooperation (COOPERATE, AID, RETREAT), 3 verbal conflict (REQUEST,
    /// ACCUSE, REJECT, THREATEN, SANCTION), 4 material conflict (PROTEST, MOBILIZE, COERCE, ASSAULT).
    /// </summary>
    public int QuadCode => Coding.Type switch
    {
        PloverEventType.Agree or PloverEventType.Consult or PloverEventType.Support or PloverEventType.Concede => 1,
        PloverEventType.Cooperate or PloverEventType.Aid or PloverEventType.Retreat => 2,
        PloverEventType.Request or PloverEventType.Accuse or PloverEventType.Reject or PloverEventType.Threaten or PloverEventType.Sanction => 3,
        _ => 4,
    };

    /// <summary>For example <c>inc:statement:s1 REQUEST/-/diplomatic 2016-10-10</c>.</summary>
    public override string ToString() => $"{Id} {Coding} {Date?.ToString("yyyy-MM-dd", null) ?? DateText ?? "(no date)"}";
}
