using Diplomacy.Model.Annotations;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Seeds;

/// <summary>
/// A source text together with its annotation: the report that models it, every attribution of
/// which has been checked to quote the text at its offsets, and whose content hash is the text's.
/// Only <see cref="SeedLoader"/> creates these, so holding one means the two fit.
/// </summary>
[Immutable]
public sealed class SeedReport : IEquatable<SeedReport>
{
    internal SeedReport(string name, string text, Report report)
    {
        Name = Preconditions.CheckNotBlank(name);
        Text = Preconditions.CheckNotNull(text);
        Report = Preconditions.CheckNotNull(report);
    }

    /// <summary>
    /// The seed's name: the text file's name without its extension, such as <c>000_4a349343ccaee4b6</c>.
    /// Bundled seeds are looked up by it.
    /// </summary>
    public string Name { get; }

    /// <summary>The source text, exactly as stored (no newline or Unicode normalization).</summary>
    public string Text { get; }

    /// <summary>The report the text is annotated as.</summary>
    public Report Report { get; }

    /// <summary>The report's one source, whose content hash is that of <see cref="Text"/>.</summary>
    public Source Source => Report.Source;

    /// <summary>How completely the annotation accounts for the text, sentence by sentence.</summary>
    public SentenceCoverage Coverage() => SentenceCoverage.Measure(Text, Report);

    /// <inheritdoc />
    public bool Equals(SeedReport? other) =>
        other is not null && Name == other.Name && Text == other.Text && Report.Equals(other.Report);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SeedReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Text, Report);

    /// <summary>The name and the source, for example <c>000_4a349343ccaee4b6: src:000 (NewsReport): "China urges…"</c>.</summary>
    public override string ToString() => $"{Name}: {Source}";
}
