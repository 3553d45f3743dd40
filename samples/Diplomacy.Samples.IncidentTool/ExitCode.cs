namespace Diplomacy.Samples.IncidentTool;

/// <summary>The tool's exit codes (also listed in its usage text).</summary>
internal static class ExitCode
{
    /// <summary>Every file was read and every command did what it was asked.</summary>
    internal const int Success = 0;

    /// <summary>An input is not a valid document of the format, cannot be compared, or does not exist.</summary>
    internal const int InvalidInput = 1;

    /// <summary>An unknown command or option, or missing or extra arguments.</summary>
    internal const int BadUsage = 2;
}
