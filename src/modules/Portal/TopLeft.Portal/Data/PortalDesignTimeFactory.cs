using TopLeft.Shared.Data;

namespace TopLeft.Portal.Data;

internal sealed class PortalDesignTimeFactory() : ModuleDesignTimeFactory<PortalDbContext>(PortalDbContext.SchemaName);
