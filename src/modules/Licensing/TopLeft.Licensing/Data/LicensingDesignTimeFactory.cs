using TopLeft.Shared.Data;

namespace TopLeft.Licensing.Data;

internal sealed class LicensingDesignTimeFactory() : ModuleDesignTimeFactory<LicensingDbContext>(LicensingDbContext.SchemaName);
