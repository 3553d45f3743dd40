namespace Diplomacy.Model.Actors;

/// <summary>
/// Who acts in an incident: states (ISO 3166-1 alpha-3), organizations, persons (named, unnamed but
/// described, or groups), their aliases (including capital-for-government metonyms) and the posts
/// through which people act for states.
/// </summary>
internal static class NamespaceDoc
{
}
