using System.Diagnostics.CodeAnalysis;

namespace Diplomacy.Model.Incidents;

/// <summary>
/// An id → entity map over one of an incident's collections, built once at construction, refusing
/// duplicate ids with the path of the second occurrence.
/// </summary>
internal sealed class EntityIndex<T>
    where T : class
{
    // A plain dictionary: it is never exposed or changed after construction, and building a frozen
    // one cost more than all the lookups an incident's validation makes (seen in the read benchmark).
    private readonly Dictionary<Id<T>, T> byId;

    internal EntityIndex(EquatableArray<T> items, Func<T, Id<T>> idOf, string collection)
    {
        byId = new Dictionary<Id<T>, T>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var id = idOf(items[i]);
            if (!byId.TryAdd(id, items[i]))
            {
                int first = items.AsImmutableArray().IndexOf(byId[id]);
                throw new IncidentIntegrityException($"$.{collection}[{i}].id",
                    $"id '{id}' is already used by {collection}[{first}]; ids must be unique.", collection);
            }
        }
    }

    internal T Get(Id<T> id, Id<Incident> incident)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out var item)
            ? item
            : throw new KeyNotFoundException($"Incident '{incident}' has no {typeof(T).Name} with id '{id}'.");
    }

    internal bool TryGet(Id<T> id, [NotNullWhen(true)] out T? item)
    {
        ArgumentNullException.ThrowIfNull(id);
        return byId.TryGetValue(id, out item);
    }
}
