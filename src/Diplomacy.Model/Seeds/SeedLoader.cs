using System.Collections.Immutable;
using System.Text;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Incidents;
using Diplomacy.Model.Serialization;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Seeds;

/// <summary>
/// Loads seed reports — a source text and its annotation, the report document that models it — from
/// files, or from the seeds bundled in this assembly, and verifies that the two fit before handing
/// them out: the text's content hash is the one the source records, and every attribution quotes
/// the text at its offsets.
/// </summary>
/// <remarks>
/// A seed named <c>N</c> is the text <c>N.txt</c> and the annotation <c>N.report.json</c>, as in
/// the repository's <c>seeds/</c> folder. Texts are read as strict UTF-8, exactly: no newline or
/// Unicode normalization and no byte-order mark dropped, because the content hash is of the exact
/// text. Instances are immutable and safe to share between threads; each bundled seed is read and
/// verified once per loader, on first use, and then shared.
/// </remarks>
[Immutable]
public sealed class SeedLoader
{
    private const string ResourcePrefix = "Diplomacy.Model.Seeds.";
    private const string TextExtension = ".txt";
    private const string AnnotationExtension = ".report.json";

    // Strict: a text that is not valid UTF-8 is refused rather than read with replacement characters.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly EquatableArray<string> Names = typeof(SeedLoader).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(TextExtension, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^TextExtension.Length])
        .Order(StringComparer.Ordinal)
        .ToEquatableArray();

    private readonly IncidentJsonSerializer serializer;
    // One per bundled name, read on first use: a seed that fails to load does not hide the others.
    private readonly ImmutableArray<Lazy<SeedReport>> bundled;

    /// <summary>Creates a loader reading annotations with <paramref name="serializer"/>, or <see cref="IncidentJsonSerializer.Default"/>.</summary>
    /// <param name="serializer">The serializer whose limits apply to annotation documents.</param>
    public SeedLoader(IncidentJsonSerializer? serializer = null)
    {
        this.serializer = serializer ?? IncidentJsonSerializer.Default;
        bundled = [.. Names.Select(name => new Lazy<SeedReport>(() => LoadResource(name), LazyThreadSafetyMode.ExecutionAndPublication))];
    }

    /// <summary>A loader with the default serializer.</summary>
    public static SeedLoader Default { get; } = new();

    /// <summary>The names of the seeds bundled in the assembly, in ordinal order, such as <c>000_4a349343ccaee4b6</c>.</summary>
    public EquatableArray<string> BundledNames => Names;

    /// <summary>Loads every bundled seed, in the order of <see cref="BundledNames"/>. No file is read.</summary>
    /// <returns>The verified seeds.</returns>
    /// <exception cref="IncidentFormatException">A bundled annotation is not a valid report document.</exception>
    /// <exception cref="SeedVerificationException">A bundled annotation does not fit its text.</exception>
    public EquatableArray<SeedReport> LoadBundled() => bundled.Select(seed => seed.Value).ToEquatableArray();

    /// <summary>Loads one bundled seed by name. No file is read.</summary>
    /// <param name="name">One of <see cref="BundledNames"/>, such as <c>000_4a349343ccaee4b6</c>.</param>
    /// <returns>The verified seed.</returns>
    /// <exception cref="ArgumentException">No seed of that name is bundled.</exception>
    /// <exception cref="IncidentFormatException">The bundled annotation is not a valid report document.</exception>
    /// <exception cref="SeedVerificationException">The bundled annotation does not fit its text.</exception>
    public SeedReport LoadBundled(string name)
    {
        Preconditions.CheckNotNull(name);
        int index = Names.AsImmutableArray().IndexOf(name, 0, Names.Count, StringComparer.Ordinal);
        Preconditions.CheckArgument(index >= 0, nameof(name),
            $"No seed named '{name}' is bundled; the bundled seeds are: {string.Join(", ", Names)}.");
        return bundled[index].Value;
    }

    /// <summary>Loads a seed from a text file and its annotation file.</summary>
    /// <param name="textPath">The source text, UTF-8.</param>
    /// <param name="annotationPath">The report document annotating it.</param>
    /// <returns>The verified seed, named after the text file (without its extension).</returns>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="DecoderFallbackException">The text is not valid UTF-8.</exception>
    /// <exception cref="IncidentFormatException">The annotation is not a valid report document.</exception>
    /// <exception cref="SeedVerificationException">The annotation does not fit the text.</exception>
    public SeedReport Load(string textPath, string annotationPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(textPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(annotationPath);
        string text = StrictUtf8.GetString(File.ReadAllBytes(textPath));
        var report = serializer.Deserialize<Report>(File.ReadAllBytes(annotationPath));
        return Verify(NameOf(textPath), text, report);
    }

    /// <summary>Loads a seed from a text file and its annotation file, asynchronously.</summary>
    /// <param name="textPath">The source text, UTF-8.</param>
    /// <param name="annotationPath">The report document annotating it.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The verified seed, named after the text file (without its extension).</returns>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="DecoderFallbackException">The text is not valid UTF-8.</exception>
    /// <exception cref="IncidentFormatException">The annotation is not a valid report document.</exception>
    /// <exception cref="SeedVerificationException">The annotation does not fit the text.</exception>
    public async Task<SeedReport> LoadAsync(string textPath, string annotationPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(textPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(annotationPath);
        string text = StrictUtf8.GetString(await File.ReadAllBytesAsync(textPath, cancellationToken).ConfigureAwait(false));
        var report = await IncidentFile.LoadAsync<Report>(annotationPath, serializer, cancellationToken).ConfigureAwait(false);
        return Verify(NameOf(textPath), text, report);
    }

    /// <summary>
    /// Checks that <paramref name="report"/> annotates <paramref name="text"/>, naming the seed after
    /// the report's source id. See <see cref="Verify(string, string, Report)"/>.
    /// </summary>
    /// <param name="text">The source text, exactly.</param>
    /// <param name="report">The report annotating it.</param>
    /// <returns>The verified seed.</returns>
    /// <exception cref="SeedVerificationException">The hash or a span does not match; the message names which.</exception>
    public SeedReport Verify(string text, Report report) =>
        Verify(Preconditions.CheckNotNull(report).Source.Id.Value, text, report);

    /// <summary>
    /// Checks that <paramref name="report"/> annotates <paramref name="text"/>: the source's content
    /// hash is the text's, and every attribution's offsets point at the words it quotes.
    /// </summary>
    /// <param name="name">The seed's name.</param>
    /// <param name="text">The source text, exactly.</param>
    /// <param name="report">The report annotating it.</param>
    /// <returns>The verified seed.</returns>
    /// <exception cref="SeedVerificationException">The hash or a span does not match; the message names which.</exception>
    public SeedReport Verify(string name, string text, Report report)
    {
        Preconditions.CheckNotBlank(name);
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var source = report.Source;
        var actual = ContentHash.Of(text);
        if (actual != source.ContentHash)
        {
            throw new SeedVerificationException(
                $"The text of seed '{name}' is not the text source '{source.Id}' was annotated on: the annotation records {source.ContentHash}, the text hashes to {actual} (at $.report.sources[0].contentHash).",
                source.Id, "$.report.sources[0].contentHash");
        }
        string? previous = null;
        int index = 0;
        foreach (var (path, attribution) in report.Account.EnumerateAttributions())
        {
            index = path == previous ? index + 1 : 0;
            previous = path;
            var span = attribution.Span;
            if (!span.MatchesIn(text))
            {
                string at = $"$.report{path[1..]}.attributions[{index}].span";
                throw new SeedVerificationException(
                    $"In seed '{name}', the span at {at} does not quote source '{source.Id}' at its offsets [{span.Start}..{span.End}): expected \"{span.Quote}\", the text there is {Actual(text, span)}.",
                    source.Id, at, span);
            }
        }
        return new SeedReport(name, text, report);
    }

    private SeedReport LoadResource(string name)
    {
        string text = StrictUtf8.GetString(ReadResource(name + TextExtension));
        var report = serializer.Deserialize<Report>(ReadResource(name + AnnotationExtension));
        return Verify(name, text, report);
    }

    private static byte[] ReadResource(string fileName)
    {
        string resource = ResourcePrefix + fileName;
        using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The assembly lacks its embedded resource '{resource}'.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string NameOf(string textPath)
    {
        string file = Path.GetFileName(textPath);
        return file.EndsWith(TextExtension, StringComparison.OrdinalIgnoreCase) ? file[..^TextExtension.Length] : file;
    }

    // The words actually found at the span's offsets, quoted, or a note that the text is too short.
    private static string Actual(string text, TextSpan span)
    {
        if (span.TryLocate(text, out int start, out int length))
        {
            return $"\"{text.Substring(start, length)}\"";
        }
        return $"past the end of the text ({text.EnumerateRunes().Count()} code points)";
    }
}
