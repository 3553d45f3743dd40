namespace Diplomacy.Model.Time;

/// <summary>
/// Times as reports give them: the original words, and the interval of days they denote when they
/// can be resolved against a publication date, never more precise than the words.
/// </summary>
internal static class NamespaceDoc
{
}
