namespace Diplomacy.Model.EventCoding;

/// <summary>Event-data coding (CAMEO codes, PLOVER type/mode/context) for interoperation.</summary>
internal static class NamespaceDoc
{
}
