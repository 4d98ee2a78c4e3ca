using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// One collection URL (e.g. <c>service/tickets/{}/notes</c>) and how to read and write it. The dispatcher
/// derives <c>/{id}</c>, <c>/count</c> and <c>/search</c> from it.
/// </summary>
internal sealed class CwResource
{
    public required string Template { get; init; }

    /// <summary>The singular name ConnectWise uses in error messages ("ticket").</summary>
    public required string Name { get; init; }

    public required Type EntityType { get; init; }

    /// <summary>The collection in id order, or null when a parent in the URL does not exist.</summary>
    public required Func<CwTenant, int[], IEnumerable<CwEntity>?> Source { get; init; }

    /// <summary>Forward-only fast path: records after an id, in id order.</summary>
    public Func<CwTenant, int[], int, IEnumerable<CwEntity>?>? After { get; init; }

    public required Func<CwTenant, int[], int, CwEntity?> Find { get; init; }

    /// <summary>Validates and completes a new state (existing is null on create); null makes the collection read-only.</summary>
    public Func<CwTenant, CwWriteContext, int[], CwEntity, CwEntity?, CwError?>? Prepare { get; init; }

    public Action<CwTenant, CwEntity>? Insert { get; init; }

    public Action<CwTenant, CwEntity>? Replace { get; init; }

    public Func<CwTenant, CwEntity, bool>? Remove { get; init; }

    /// <summary>Side effects on other records (a note bumps its ticket), adding the changes they cause.</summary>
    public Action<CwTenant, CwWriteContext, CwEntity?, CwEntity?, List<CwChange>>? AfterWrite { get; init; }

    /// <summary>The callback type fired for this collection's own changes, if any.</summary>
    public string? CallbackType { get; init; }

    public Func<CwEntity, IReadOnlyDictionary<string, int>>? Levels { get; init; }

    public bool CanCreate { get; init; } = true;
}
