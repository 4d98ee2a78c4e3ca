namespace TopLeft.AppHost;

// Aspire passes these to projects as ConnectionStrings__{ConnectionName}.
internal interface IResourceWithConnectionString
{
    string ConnectionName { get; }

    // Null when the resource is skipped, so the project gets no connection string at all.
    string? ConnectionString { get; }
}
