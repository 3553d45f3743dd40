namespace Diplomacy.Samples.IncidentTool;

/// <summary>
/// Writes an output file safely: beside the target, then moved over it, so a failure (or an input
/// error found while streaming) leaves the old file, or none, rather than half a file.
/// </summary>
internal static class OutputFile
{
    /// <summary>Writes the file with <paramref name="write"/>, which is given the stream to fill.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    internal static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        string target = Path.GetFullPath(path);
        string temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(stream).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
            throw;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    internal static Task WriteTextAsync(string path, string text) =>
        WriteAsync(path, stream => stream.WriteAsync(new System.Text.UTF8Encoding(false).GetBytes(text)).AsTask());

    /// <summary>Runs <paramref name="write"/>, turning a failure to write <paramref name="path"/> into an <see cref="InputException"/> naming it.</summary>
    /// <exception cref="InputException"><paramref name="path"/> cannot be written.</exception>
    internal static void Guard(string path, Func<Task> write)
    {
        try
        {
            write().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot be written: {e.Message}", e);
        }
    }
}
