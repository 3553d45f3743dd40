namespace Diplomacy.Model.Benchmarks.Inputs;

/// <summary>The incident documents the JSON benchmarks read and write.</summary>
public enum DocumentSize
{
    /// <summary>About the size of a seed report: 3 states, 6 statements.</summary>
    Seed,

    /// <summary>A large incident: 10,000 statements cited by about 13,000 attributions.</summary>
    Large,
}
