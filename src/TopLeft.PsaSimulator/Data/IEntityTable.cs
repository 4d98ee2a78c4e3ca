namespace TopLeft.PsaSimulator.Data;

/// <summary>The untyped view of a table, for the generic query and admin code.</summary>
internal interface IEntityTable
{
    int Count { get; }

    int Version { get; }

    Type EntityType { get; }

    IEnumerable<Entity> Items { get; }

    Entity? Find(int id);

    IEnumerable<Entity> After(int id);
}
