namespace Diplomacy.Model.Law;

/// <summary>
/// Legal instruments (VCDR 1961, VCCR 1963, Caracas 1954, the Refugee Convention 1951, bilateral
/// agreements) as first-class values that missions rest on and statements invoke.
/// </summary>
internal static class NamespaceDoc
{
}
