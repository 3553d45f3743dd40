using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Serialization.Contract;
using Diplomacy.Model.Serialization.Mapping;

namespace Diplomacy.Model.Serialization;

/// <summary>
/// Reads and writes the incident JSON format (docs/format.md): an incident, a report or a comparison
/// of reports in a versioned envelope (<c>{"formatVersion": "1.0", "incident": {…}}</c>), or one
/// concept on its own (an actor, post, state relation, legal instrument, mission, asylum claim,
/// statement, event, remark, source or plausibility finding) as a bare object.
/// </summary>
/// <remarks>
/// Writing is deterministic: the same model always gives the same bytes. Reading is strict and
/// either returns a complete, valid model or throws <see cref="IncidentFormatException"/>.
/// Instances are immutable and safe to share between threads.
/// </remarks>
[Immutable]
public sealed partial class IncidentJsonSerializer
{
    /// <summary>The version of the format this library writes. It reads every 1.x version.</summary>
    public const string FormatVersion = "1.0";

    private const int SupportedMajorVersion = 1;

    private readonly IncidentJsonContext context;

    /// <summary>Creates a serializer with the given options, or <see cref="IncidentJsonOptions.Default"/>.</summary>
    /// <param name="options">How to write and the limits for reading.</param>
    public IncidentJsonSerializer(IncidentJsonOptions? options = null)
    {
        Options = options ?? IncidentJsonOptions.Default;
        context = IncidentJsonContext.Create(Options.Indented, Options.MaxDepth);
        CompactContext = Options.Indented ? IncidentJsonContext.Create(false, Options.MaxDepth) : context;
    }

    /// <summary>A serializer with the default options: indented output, default limits.</summary>
    public static IncidentJsonSerializer Default { get; } = new();

    /// <summary>The options this serializer was created with.</summary>
    public IncidentJsonOptions Options { get; }

    internal IncidentJsonContext CompactContext { get; }

    /// <summary>
    /// Whether values of the type can be written and read: Incident, Report, ReportComparison (in its
    /// own envelope), PlausibilityFinding, Actor, Post, StateRelation, LegalInstrument, Mission,
    /// AsylumClaim, Statement, DiplomaticEvent, Remark, Source.
    /// </summary>
    /// <param name="type">The model type.</param>
    /// <returns>True when the format has a document for the type.</returns>
    public static bool Supports(Type type) => ConceptCodec.SupportedTypes.Contains(type);

    /// <summary>Writes a value as a JSON string.</summary>
    /// <typeparam name="T">Incident, Report, or a concept type (see <see cref="Supports"/>).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The document.</returns>
    public string Serialize<T>(T value)
        where T : class =>
        Encoding.UTF8.GetString(SerializeToUtf8Bytes(value));

    /// <summary>Writes a value as UTF-8 JSON (no byte-order mark).</summary>
    /// <typeparam name="T">Incident, Report, or a concept type (see <see cref="Supports"/>).</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The document's bytes.</returns>
    public byte[] SerializeToUtf8Bytes<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return ConceptCodec.For<T>().Write(value, context);
    }

    /// <summary>Writes a value as UTF-8 JSON to a stream, which is left open.</summary>
    /// <typeparam name="T">Incident, Report, or a concept type (see <see cref="Supports"/>).</typeparam>
    /// <param name="stream">Where to write.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    public async Task SerializeAsync<T>(Stream stream, T value, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes = SerializeToUtf8Bytes(value);
        await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a value from a JSON string.</summary>
    /// <typeparam name="T">Incident, Report, or a concept type (see <see cref="Supports"/>).</typeparam>
    /// <param name="json">The document. A leading byte-order mark is ignored.</param>
    /// <returns>The complete, valid value.</returns>
    /// <exception cref="IncidentFormatException">The document is not a valid document of the format.</exception>
    public T Deserialize<T>(string json)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = json.AsSpan();
        if (text.Length > Options.MaxDocumentBytes || Encoding.UTF8.GetMaxByteCount(text.Length) > Options.MaxDocumentBytes)
        {
            CheckSize(Encoding.UTF8.GetByteCount(text));
        }
        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, rented);
            return Deserialize<T>(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a value from UTF-8 JSON.</summary>
    /// <typeparam name="T">Incident, Report, or a concept type (see <see cref="Supports"/>).</typeparam>
    /// <param name="utf8Json">The document. A leading UTF-8 byte-order mark is ignored.</param>
    /// <returns>The complete, valid value.</returns>
    /// <exception cref="IncidentFormatException">The document is not a valid document of the format.</exception>
    public T Deserialize<T>(ReadOnlySpan<byte> utf8Json)
        where T : class
    {
        CheckSize(utf8Json.Length);
        return (T)Read(ConceptCodec.For<T>(), utf8Json, context, Options.MaxDepth);
    }

    /// <summary>Reads a value from a stream of UTF-8 JSON, which is left open.</summary>
    /// <typeparam name="T">Incident, Report, or a concept type (see <see cref="Supports"/>).</typeparam>
    /// <param name="stream">The document. A leading UTF-8 byte-order mark is ignored.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The complete, valid value.</returns>
    /// <exception cref="IncidentFormatException">The document is not a valid document of the format, or is longer than <see cref="IncidentJsonOptions.MaxDocumentBytes"/>.</exception>
    public async Task<T> DeserializeAsync<T>(Stream stream, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            int read = await stream.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            buffer.Advance(read);
            CheckSize(buffer.WrittenCount);
        }
        return Deserialize<T>(buffer.WrittenSpan);
    }

    internal static object Read(ConceptCodec codec, ReadOnlySpan<byte> json, IncidentJsonContext context, int maxDepth, long lineOffset = 0)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        object dto;
        try
        {
            if (codec.EnvelopeMember is not null)
            {
                CheckVersion(json, maxDepth, lineOffset);
            }
            dto = codec.Read(json, context);
        }
        catch (JsonException e)
        {
            throw new IncidentFormatException(
                WithoutLocation(e.Message),
                e.Path ?? "$",
                e.LineNumber + 1 + lineOffset,
                e.BytePositionInLine + 1,
                e);
        }
        catch (NotSupportedException e) when (LocationSuffix().Match(e.Message) is { Success: true } where)
        {
            // The one NotSupportedException reading can raise: a polymorphic value without its "type".
            throw new IncidentFormatException(
                "The object has no \"type\" member saying which kind of value it is",
                where.Groups["path"].Value,
                long.Parse(where.Groups["line"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) + 1 + lineOffset,
                long.Parse(where.Groups["position"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture) + 1,
                e);
        }
        try
        {
            return codec.Map(dto);
        }
        catch (ContractViolation e)
        {
            var at = JsonLocator.Locate(json, e.Path, maxDepth);
            throw new IncidentFormatException(e.Message, e.Path, at?.Line + lineOffset, at?.Position, e);
        }
    }

    private static void CheckVersion(ReadOnlySpan<byte> json, int maxDepth, long lineOffset)
    {
        string? version = JsonLocator.TopLevelString(json, "formatVersion", maxDepth);
        if (version is null)
        {
            return; // Missing or not a string: reported by the contract with its own path.
        }
        var match = VersionShape().Match(version);
        if (!match.Success || !int.TryParse(match.Groups["major"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out int major) || major != SupportedMajorVersion)
        {
            var at = JsonLocator.Locate(json, "$.formatVersion", maxDepth);
            throw new IncidentFormatException(
                $"Unsupported formatVersion '{Contract.StrictEnumConverter<DayOfWeek>.Shorten(version)}': this library reads version {SupportedMajorVersion}.x (\"major.minor\") and writes {FormatVersion}",
                "$.formatVersion",
                at?.Line + lineOffset,
                at?.Position);
        }
    }

    private void CheckSize(long bytes)
    {
        if (bytes > Options.MaxDocumentBytes)
        {
            throw new IncidentFormatException(
                $"The document is larger than the limit of {Options.MaxDocumentBytes} bytes (IncidentJsonOptions.MaxDocumentBytes)", "$", null, null);
        }
    }

    // System.Text.Json's messages name the internal contract types; say the same in the format's terms.
    private static string WithoutLocation(string message)
    {
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        at = at < 0 ? message.IndexOf(" LineNumber: ", StringComparison.Ordinal) : at;
        message = at < 0 ? message : message[..at];
        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            return "The value has the wrong JSON type for this member";
        }
        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            return $"The property '{unmapped.Groups["name"].Value}' is not a member of this object in the format";
        }
        if (MissingMembers().Match(message) is { Success: true } missing)
        {
            return $"Required member(s) missing: {missing.Groups["names"].Value}";
        }
        if (message.Contains("doesn't allow null values", StringComparison.Ordinal))
        {
            return "null is not allowed for this member";
        }
        return message.Replace("Diplomacy.Model.Serialization.Contract.", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"missing required properties including: (?<names>.*?)\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex MissingMembers();

    [GeneratedRegex(@"Path: (?<path>\S+) \| LineNumber: (?<line>\d+) \| BytePositionInLine: (?<position>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LocationSuffix();

    [GeneratedRegex(@"^(?<major>[0-9]{1,4})\.[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionShape();
}
