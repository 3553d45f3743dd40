using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Asylum;
using Diplomacy.Model.EventCoding;
using Diplomacy.Model.Law;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Time;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>
/// What a state (or someone for it) says about the incident: speaker, on whose behalf, to whom,
/// when and where, the stances taken, the words (quoted or paraphrased), the legal instruments
/// invoked, and optional event coding.
/// </summary>
[Immutable]
public sealed record Statement
{
    /// <summary>Creates a statement.</summary>
    /// <param name="id">The statement's id within the incident.</param>
    /// <param name="speaker">Who speaks.</param>
    /// <param name="stances">What the statement does; at least one, none repeated.</param>
    /// <param name="provenance">Where the statement is reported.</param>
    /// <param name="onBehalfOf">The state spoken for, if any.</param>
    /// <param name="addressees">Whom it addresses (unspecified if null).</param>
    /// <param name="text">The words, quoted or paraphrased; null for a refusal to comment or an unquoted statement.</param>
    /// <param name="when">When, as reported.</param>
    /// <param name="venue">Where or how, if stated.</param>
    /// <param name="invokes">The legal instruments invoked.</param>
    /// <param name="regarding">The asylum claim it concerns, if any.</param>
    /// <param name="coding">CAMEO/PLOVER coding, if coded.</param>
    /// <exception cref="ArgumentException">No stance, a repeated stance or instrument, or a treaty-invoking stance without an instrument.</exception>
    public Statement(
        Id<Statement> id,
        Speaker speaker,
        EquatableArray<Stance> stances,
        Provenance provenance,
        Id<Actor>? onBehalfOf = null,
        Addressees? addressees = null,
        StatementText? text = null,
        ReportedTime? when = null,
        Venue? venue = null,
        EquatableArray<Id<LegalInstrument>> invokes = default,
        Id<AsylumClaim>? regarding = null,
        EventCode? coding = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Speaker = Preconditions.CheckNotNull(speaker);
        Preconditions.CheckArgument(!stances.IsEmpty, nameof(stances), "A statement takes at least one stance.");
        foreach (var stance in stances)
        {
            Preconditions.CheckDefined(stance, nameof(stances));
        }
        Preconditions.CheckArgument(!stances.HasDuplicates(), nameof(stances), "A stance is listed twice.");
        Preconditions.CheckArgument(!stances.Contains(Stance.InvokesTreaty) || !invokes.IsEmpty, nameof(invokes),
            "A statement with the stance InvokesTreaty must name the instrument it invokes.");
        Preconditions.CheckArgument(!invokes.HasDuplicates(), nameof(invokes), "An instrument is listed twice.");
        Stances = stances;
        Provenance = Preconditions.CheckNotNull(provenance);
        OnBehalfOf = onBehalfOf;
        Addressees = addressees ?? Addressees.Unspecified;
        Text = text;
        When = when;
        Venue = venue;
        Invokes = invokes;
        Regarding = regarding;
        Coding = coding;
    }

    /// <summary>The statement's id.</summary>
    public Id<Statement> Id { get; }

    /// <summary>Who speaks.</summary>
    public Speaker Speaker { get; }

    /// <summary>What the statement does.</summary>
    public EquatableArray<Stance> Stances { get; }

    /// <summary>Where the statement is reported.</summary>
    public Provenance Provenance { get; }

    /// <summary>The state spoken for, or null.</summary>
    public Id<Actor>? OnBehalfOf { get; }

    /// <summary>Whom it addresses.</summary>
    public Addressees Addressees { get; }

    /// <summary>The words, or null.</summary>
    public StatementText? Text { get; }

    /// <summary>When, as reported, or null.</summary>
    public ReportedTime? When { get; }

    /// <summary>Where or how, or null.</summary>
    public Venue? Venue { get; }

    /// <summary>The legal instruments invoked.</summary>
    public EquatableArray<Id<LegalInstrument>> Invokes { get; }

    /// <summary>The asylum claim it concerns, or null.</summary>
    public Id<AsylumClaim>? Regarding { get; }

    /// <summary>The event coding, or null.</summary>
    public EventCode? Coding { get; }

    /// <summary>Whether the statement takes <paramref name="stance"/>.</summary>
    /// <param name="stance">The stance to look for.</param>
    public bool Takes(Stance stance) => Stances.Contains(stance);

    /// <summary>Returns a copy with other stances, validated.</summary>
    /// <param name="stances">The new stances.</param>
    public Statement WithStances(EquatableArray<Stance> stances) =>
        new(Id, Speaker, stances, Provenance, OnBehalfOf, Addressees, Text, when: When, Venue, Invokes, Regarding, Coding);

    /// <summary>Returns a copy with other words.</summary>
    /// <param name="text">The new words, or null.</param>
    public Statement WithText(StatementText? text) =>
        new(Id, Speaker, Stances, Provenance, OnBehalfOf, Addressees, text, When, Venue, Invokes, Regarding, Coding);

    /// <summary>For example <c>zhao as spokesperson for chn [UrgesResolution]: "…"</c>.</summary>
    public override string ToString() =>
        $"{Speaker}{(OnBehalfOf is null ? "" : $" for {OnBehalfOf}")} {Stances}{(Text is null ? "" : ": " + Text)}";
}
