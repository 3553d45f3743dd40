namespace Diplomacy.Model.Incidents;

/// <summary>
/// Thrown when the parts of an incident do not fit together: a duplicate id, a reference to an
/// entity the incident does not hold, or a reference to the wrong kind of entity (a post held by
/// a state). <see cref="Path"/> says where, in the same form as the incident's JSON
/// (<c>$.statements[2].speaker.post</c>).
/// </summary>
public sealed class IncidentIntegrityException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">Where the problem is, as a JSON path into the incident.</param>
    /// <param name="problem">What is wrong there.</param>
    /// <param name="paramName">The constructor argument holding the faulty part.</param>
    public IncidentIntegrityException(string path, string problem, string? paramName = null)
        : base($"{path}: {problem}", paramName)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Where the problem is, as a JSON path into the incident.</summary>
    public string Path { get; }

    /// <summary>What is wrong there, without the path.</summary>
    public string Problem { get; }
}
