using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace TopLeft.Integrations.Security;

/// <summary>
/// Encrypts PSA credentials and member API keys at rest. The module keeps its own Data Protection key
/// ring (in its schema) rather than changing the Host's, which other modules use for cookies.
/// </summary>
internal sealed class SecretProtector : IDisposable
{
    private readonly ServiceProvider provider;
    private readonly IDataProtector protector;

    public SecretProtector(IServiceScopeFactory scopes)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("TopLeft.Integrations");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(scopes));
        provider = services.BuildServiceProvider();
        protector = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("TopLeft.Integrations.PsaSecrets.v1");
    }

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string Unprotect(string protectedText) => protector.Unprotect(protectedText);

    public void Dispose() => provider.Dispose();
}
