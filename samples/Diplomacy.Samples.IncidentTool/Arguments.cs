namespace Diplomacy.Samples.IncidentTool;

/// <summary>Checks a command's arguments: how many operands, and which options it knows.</summary>
internal static class Arguments
{
    /// <summary>The operands (arguments that are not options), after refusing any option other than <paramref name="known"/>.</summary>
    /// <exception cref="UsageException">An unknown option.</exception>
    internal static List<string> Operands(string[] args, string command, params string[] known)
    {
        foreach (var option in args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2))
        {
            if (!known.Contains(option, StringComparer.Ordinal))
            {
                throw new UsageException(known.Length == 0
                    ? $"'{command}' takes no option; got '{option}'."
                    : $"'{command}' does not know the option '{option}'; it knows {string.Join(", ", known)}.");
            }
        }
        return [.. args.Where(a => !known.Contains(a, StringComparer.Ordinal))];
    }

    /// <summary>Requires exactly <paramref name="count"/> operands.</summary>
    /// <exception cref="UsageException">Fewer or more operands, or an option.</exception>
    internal static List<string> Exactly(string[] args, int count, string command, string names = "", params string[] known)
    {
        var operands = Operands(args, command, known);
        if (operands.Count != count)
        {
            throw new UsageException(count == 0
                ? $"'{command}' takes no argument; got {operands.Count}."
                : $"'{command}' needs {names}; got {operands.Count} argument{(operands.Count == 1 ? "" : "s")}.");
        }
        return operands;
    }
}
