namespace TopLeft.PsaSimulator.Data;

/// <summary>
/// One entity set, kept both by id (lookups) and in ascending id order (paging, keyset and forward-only
/// reads), so a 100k-row table never needs sorting per request. Callers hold the tenant lock.
/// </summary>
internal sealed class EntityTable<T>(int firstId) : IEntityTable where T : Entity
{
    private readonly Dictionary<int, T> byId = [];
    private readonly List<T> ordered = [];
    private int lastId = firstId - 1;

    public int Count => ordered.Count;

    /// <summary>Bumped by every add, replace and remove, so derived indexes know when to rebuild.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<T> All => ordered;

    public Type EntityType => typeof(T);

    public T? Find(int id) => byId.GetValueOrDefault(id);

    Entity? IEntityTable.Find(int id) => Find(id);

    IEnumerable<Entity> IEntityTable.Items => ordered;

    public T Add(T item)
    {
        if (item.Id == 0)
        {
            item.Id = ++lastId;
        }
        else
        {
            lastId = Math.Max(lastId, item.Id);
        }

        Version++;
        byId.Add(item.Id, item);
        if (ordered.Count == 0 || ordered[^1].Id < item.Id)
        {
            ordered.Add(item);
        }
        else
        {
            ordered.Insert(LowerBound(item.Id), item);
        }

        return item;
    }

    public void Replace(T item)
    {
        var index = LowerBound(item.Id);
        if (index >= ordered.Count || ordered[index].Id != item.Id)
        {
            throw new InvalidOperationException($"{typeof(T).Name} {item.Id} is not stored.");
        }

        Version++;
        ordered[index] = item;
        byId[item.Id] = item;
    }

    public bool Remove(int id)
    {
        if (!byId.Remove(id))
        {
            return false;
        }

        Version++;
        ordered.RemoveAt(LowerBound(id));
        return true;
    }

    /// <summary>Items with an id strictly greater than <paramref name="id"/>, in id order.</summary>
    public IEnumerable<T> After(int id)
    {
        for (var i = LowerBound(id + 1); i < ordered.Count; i++)
        {
            yield return ordered[i];
        }
    }

    /// <summary>Items with an id strictly lower than <paramref name="id"/>, highest id first.</summary>
    public IEnumerable<T> Before(int id)
    {
        for (var i = LowerBound(id) - 1; i >= 0; i--)
        {
            yield return ordered[i];
        }
    }

    IEnumerable<Entity> IEntityTable.After(int id) => After(id);

    private int LowerBound(int id)
    {
        int lo = 0, hi = ordered.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ordered[mid].Id < id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
