namespace TopLeft.Integrations.Psa.Autotask;

// Refit-shaped: one interface per Autotask API area; every entity uses the same query/CRUD verbs.

/// <summary><c>POST /V1.0/{Entity}/query</c> following <c>nextPageUrl</c>, and <c>/query/count</c>.</summary>
internal interface IAtQueryApi
{
    Task<AtQueryResult<T>> QueryAsync<T>(string entity, AtQuery query, CancellationToken ct);

    Task<AtQueryResult<T>> NextPageAsync<T>(string nextPageUrl, AtQuery query, CancellationToken ct);

    Task<int> CountAsync(string entity, AtQuery query, CancellationToken ct);
}

/// <summary><c>GET/POST/PATCH /V1.0/{Entity}</c> and child URLs such as <c>Tickets/{id}/Notes</c>.</summary>
internal interface IAtEntityApi
{
    Task<T?> GetAsync<T>(string entity, int id, CancellationToken ct)
        where T : class;

    Task<int> CreateAsync(string path, AtBody body, CancellationToken ct);

    Task<int> UpdateAsync(string path, AtBody body, CancellationToken ct);

    Task DeleteAsync(string path, CancellationToken ct);
}

/// <summary><c>/V1.0/{Entity}/entityInformation/fields</c> and <c>/V1.0/ThresholdInformation</c>.</summary>
internal interface IAtMetadataApi
{
    Task<AtFields> GetFieldsAsync(string entity, CancellationToken ct);

    Task<AtThreshold> GetThresholdInformationAsync(CancellationToken ct);
}
