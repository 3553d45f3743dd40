using Diplomacy.Model.Actors;
using Diplomacy.Model.Annotations;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Statements;

/// <summary>
/// Whom a statement addresses: named actors, or a phrase such as "both sides" or "relevant parties",
/// optionally resolved by the analyst to the actors it means.
/// </summary>
[Immutable]
public sealed record Addressees
{
    /// <summary>Creates addressees.</summary>
    /// <param name="scope">How the statement names them.</param>
    /// <param name="actors">The actors meant; required (non-empty) when <paramref name="scope"/> is <see cref="AddresseeScope.Named"/>.</param>
    /// <param name="words">The source's words ("both sides"), if any.</param>
    /// <exception cref="ArgumentException">Named addressees without actors, or an actor listed twice.</exception>
    public Addressees(AddresseeScope scope, EquatableArray<Id<Actor>> actors = default, string? words = null)
    {
        Scope = Preconditions.CheckDefined(scope);
        Preconditions.CheckArgument(scope != AddresseeScope.Named || !actors.IsEmpty, nameof(actors),
            "Named addressees must list at least one actor.");
        Preconditions.CheckArgument(!actors.HasDuplicates(), nameof(actors), "An addressee is listed twice.");
        Actors = actors;
        Words = Preconditions.CheckNullOrNotBlank(words);
    }

    /// <summary>Addressees the source does not state.</summary>
    public static Addressees Unspecified { get; } = new(AddresseeScope.Unspecified);

    /// <summary>How the statement names them.</summary>
    public AddresseeScope Scope { get; }

    /// <summary>The actors meant (may be empty for an unresolved phrase).</summary>
    public EquatableArray<Id<Actor>> Actors { get; }

    /// <summary>The source's words, or null.</summary>
    public string? Words { get; }

    /// <summary>Addressees named by the statement.</summary>
    /// <param name="actors">At least one actor.</param>
    public static Addressees Of(params IEnumerable<Id<Actor>> actors) => new(AddresseeScope.Named, actors.ToEquatableArray());

    /// <summary>For example <c>BothSides ("both sides") = [chn, kor]</c>.</summary>
    public override string ToString() =>
        $"{Scope}{(Words is null ? "" : $" (\"{Words}\")")}{(Actors.IsEmpty ? "" : $" = {Actors}")}";
}
