using TopLeft.Shared.Data;

namespace TopLeft.Branding.Data;

internal sealed class BrandingDesignTimeFactory() : ModuleDesignTimeFactory<BrandingDbContext>(BrandingDbContext.SchemaName);
