using System.Runtime.CompilerServices;

namespace TopLeft.PsaSimulator.Data;

/// <summary>
/// Lazily built lookups from an integer field (a parent id such as <c>ticketID</c>) to the rows holding it,
/// rebuilt when the table's <see cref="IEntityTable.Version"/> moves. Child queries on 100k-ticket tenants
/// then cost a dictionary hit instead of a scan. Only for fields that change through Replace, never in place.
/// Callers hold the tenant lock.
/// </summary>
internal static class FieldIndex
{
    private static readonly ConditionalWeakTable<IEntityTable, Dictionary<string, (int Version, Dictionary<long, List<Entity>> Rows)>> Cache = [];

    public static IReadOnlyList<Entity> Lookup(IEntityTable table, FieldPath field, long key)
    {
        var perTable = Cache.GetOrCreateValue(table);
        if (!perTable.TryGetValue(field.Path, out var index) || index.Version != table.Version)
        {
            var rows = new Dictionary<long, List<Entity>>();
            foreach (var item in table.Items)
            {
                if (field.Get(item) is int value)
                {
                    if (!rows.TryGetValue(value, out var list))
                    {
                        rows[value] = list = [];
                    }

                    list.Add(item);
                }
            }

            index = (table.Version, rows);
            perTable[field.Path] = index;
        }

        return index.Rows.TryGetValue(key, out var found) ? found : [];
    }
}
