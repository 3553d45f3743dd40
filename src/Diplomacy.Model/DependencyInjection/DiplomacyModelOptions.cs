using Diplomacy.Model.Serialization;

namespace Diplomacy.Model.DependencyInjection;

/// <summary>
/// Settings for the services registered by
/// <c>services.AddDiplomacyModel(options =&gt; …)</c>. Like every options class of
/// Microsoft.Extensions, it is mutable while the container is configured; the services built from
/// it are immutable. Values are checked when the serializer is first resolved.
/// </summary>
public sealed class DiplomacyModelOptions
{
    /// <summary>Whether the registered serializer writes indented (true, the default) or compact JSON.</summary>
    public bool IndentedJson { get; set; } = true;

    /// <summary>The deepest JSON nesting accepted when reading. Default: <see cref="IncidentJsonOptions.DefaultMaxDepth"/>.</summary>
    public int MaxDepth { get; set; } = IncidentJsonOptions.DefaultMaxDepth;

    /// <summary>The largest JSON document (or NDJSON line) accepted when reading, in bytes. Default: <see cref="IncidentJsonOptions.DefaultMaxDocumentBytes"/>.</summary>
    public long MaxDocumentBytes { get; set; } = IncidentJsonOptions.DefaultMaxDocumentBytes;

    /// <summary>The serializer options these settings describe.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range.</exception>
    public IncidentJsonOptions ToJsonOptions() => new(IndentedJson, MaxDepth, MaxDocumentBytes);
}
