namespace Diplomacy.Samples.IncidentTool;

/// <summary>The command line is not one the tool understands (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>An input file cannot be used: missing, unreadable or invalid (exit code 1). The message starts with the file.</summary>
internal sealed class InputException(string message, Exception? inner = null) : Exception(message, inner);
