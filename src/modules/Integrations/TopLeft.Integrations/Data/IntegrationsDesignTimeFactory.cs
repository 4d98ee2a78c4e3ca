using TopLeft.Shared.Data;

namespace TopLeft.Integrations.Data;

internal sealed class IntegrationsDesignTimeFactory() : ModuleDesignTimeFactory<IntegrationsDbContext>(IntegrationsDbContext.SchemaName);
