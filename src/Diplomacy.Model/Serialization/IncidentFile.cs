namespace Diplomacy.Model.Serialization;

/// <summary>
/// Incident (or report, or concept) files. Saving is atomic: the document is written to a temporary
/// file in the same folder, flushed to disk, then moved over the target, so a crash leaves either the
/// old file or the new one, never half of one.
/// </summary>
public static class IncidentFile
{
    /// <summary>Saves a value to a file atomically, replacing any file already there. The document ends with "\n".</summary>
    /// <typeparam name="T">Incident, Report, or another supported type.</typeparam>
    /// <param name="path">The file to write.</param>
    /// <param name="value">The value.</param>
    /// <param name="serializer">The serializer, or null for the default (indented).</param>
    /// <param name="cancellationToken">Cancels the save; the target is then left as it was.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    public static async Task SaveAsync<T>(string path, T value, IncidentJsonSerializer? serializer = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(value);
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        byte[] bytes = (serializer ?? IncidentJsonSerializer.Default).SerializeToUtf8Bytes(value);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Loads a value from a file.</summary>
    /// <typeparam name="T">Incident, Report, or another supported type.</typeparam>
    /// <param name="path">The file to read.</param>
    /// <param name="serializer">The serializer whose limits apply, or null for the default.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The complete, valid value.</returns>
    /// <exception cref="IncidentFormatException">The file is not a valid document of the format.</exception>
    public static async Task<T> LoadAsync<T>(string path, IncidentJsonSerializer? serializer = null, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        return await (serializer ?? IncidentJsonSerializer.Default).DeserializeAsync<T>(stream, cancellationToken).ConfigureAwait(false);
    }
}
