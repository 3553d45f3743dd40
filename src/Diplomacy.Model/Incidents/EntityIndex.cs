using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Diplomacy.Model.Incidents;

/// <summary>
/// An id → entity map over one of an incident's collections, built once at construction, refusing
/// duplicate ids with the path of the second occurrence.
/// </summary>
internal sealed class EntityIndex<T>
    where T : class
{
    private readonly FrozenDictionary<Id<T>, T> byId;

    internal EntityIndex(EquatableArray<T> items, Func<T, Id<T>> idOf, string collection)
    {
        var map = new Dictionary<Id<T>, (T Item, int Index)>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var id = idOf(items[i]);
            if (!map.TryAdd(id, (items[i], i)))
            {
                throw new IncidentIntegrityException($"$.{collection}[{i}].id",
                    $"id '{id}' is already used by {collection}[{map[id].Index}]; ids must be unique.", collection);
            }
        }
        byId = map.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Item);
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
