using Diplomacy.Model.Annotations;
using Diplomacy.Model.Sources;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Incidents;

/// <summary>
/// One source's account of an incident: an incident that holds exactly one source, to which every
/// attribution points. Two or more reports of the same incident can be compared.
/// </summary>
[Immutable]
public sealed class Report : IEquatable<Report>
{
    /// <summary>Creates a report.</summary>
    /// <param name="account">The incident as this one source tells it.</param>
    /// <exception cref="ArgumentException">The account does not hold exactly one source.</exception>
    public Report(Incident account)
    {
        Account = Preconditions.CheckNotNull(account);
        Preconditions.CheckArgument(account.Sources.Count == 1, nameof(account),
            $"A report is one source's account: incident '{account.Id}' holds {account.Sources.Count} sources.");
    }

    /// <summary>The incident as this source tells it.</summary>
    public Incident Account { get; }

    /// <summary>The one source.</summary>
    public Source Source => Account.Sources[0];

    /// <inheritdoc />
    public bool Equals(Report? other) => other is not null && Account.Equals(other.Account);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Report);

    /// <inheritdoc />
    public override int GetHashCode() => Account.GetHashCode();

    /// <summary>The source and the incident.</summary>
    public override string ToString() => $"Report {Source.Id} of {Account}";
}
