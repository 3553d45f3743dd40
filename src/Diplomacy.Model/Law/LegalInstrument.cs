using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Law;

/// <summary>
/// A treaty, agreement or other legal text that statements invoke and missions rest on. The
/// instruments of diplomatic law are provided as well-known values (<see cref="Vcdr1961"/>…).
/// </summary>
[Immutable]
public sealed record LegalInstrument
{
    /// <summary>Creates an instrument.</summary>
    /// <param name="id">The instrument's id within the incident (the well-known ones use ids such as <c>vcdr-1961</c>).</param>
    /// <param name="title">The full title.</param>
    /// <param name="kind">What kind of text it is.</param>
    /// <param name="year">The year it was adopted or signed, if known.</param>
    /// <param name="shortName">A usual short name ("VCDR"), if any.</param>
    public LegalInstrument(Id<LegalInstrument> id, string title, LegalInstrumentKind kind, int? year = null, string? shortName = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Title = Preconditions.CheckNotBlank(title);
        Kind = Preconditions.CheckDefined(kind);
        if (year is int y)
        {
            Preconditions.CheckArgumentRange(y, 1000, 9999, nameof(year));
        }
        Year = year;
        ShortName = Preconditions.CheckNullOrNotBlank(shortName);
    }

    /// <summary>The instrument's id.</summary>
    public Id<LegalInstrument> Id { get; }

    /// <summary>The full title.</summary>
    public string Title { get; }

    /// <summary>What kind of text it is.</summary>
    public LegalInstrumentKind Kind { get; }

    /// <summary>The year of adoption or signature, or null.</summary>
    public int? Year { get; }

    /// <summary>The short name, or null.</summary>
    public string? ShortName { get; }

    /// <summary>The Vienna Convention on Diplomatic Relations (1961): embassies; premises inviolable (Art. 22).</summary>
    public static LegalInstrument Vcdr1961 { get; } = new(new("vcdr-1961"), "Vienna Convention on Diplomatic Relations", LegalInstrumentKind.MultilateralTreaty, 1961, "VCDR");

    /// <summary>The Vienna Convention on Consular Relations (1963): consulates; narrower inviolability (Art. 31).</summary>
    public static LegalInstrument Vccr1963 { get; } = new(new("vccr-1963"), "Vienna Convention on Consular Relations", LegalInstrumentKind.MultilateralTreaty, 1963, "VCCR");

    /// <summary>The Caracas Convention on Diplomatic Asylum (1954): asylum in missions as a right, among its parties only.</summary>
    public static LegalInstrument Caracas1954 { get; } = new(new("caracas-1954"), "Convention on Diplomatic Asylum (Caracas)", LegalInstrumentKind.MultilateralTreaty, 1954, "Caracas Convention");

    /// <summary>The Convention relating to the Status of Refugees (1951): refugee status, non-refoulement.</summary>
    public static LegalInstrument RefugeeConvention1951 { get; } = new(new("refugee-convention-1951"), "Convention relating to the Status of Refugees", LegalInstrumentKind.MultilateralTreaty, 1951, "Refugee Convention");

    /// <summary>The Vienna Convention on the Representation of States in their Relations with International Organizations (1975).</summary>
    public static LegalInstrument Vienna1975 { get; } = new(new("vienna-1975"), "Vienna Convention on the Representation of States in their Relations with International Organizations of a Universal Character", LegalInstrumentKind.MultilateralTreaty, 1975);

    /// <summary>The well-known instruments, in order of year.</summary>
    public static EquatableArray<LegalInstrument> WellKnown { get; } = [RefugeeConvention1951, Caracas1954, Vcdr1961, Vccr1963, Vienna1975];

    /// <summary>The short name (or title) and year, for example <c>VCDR (1961)</c>.</summary>
    public override string ToString() => Year is null ? ShortName ?? Title : $"{ShortName ?? Title} ({Year})";
}
