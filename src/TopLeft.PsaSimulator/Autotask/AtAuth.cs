using System.Globalization;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Autotask sends plain headers on every call (names are case-insensitive): ApiIntegrationCode, UserName,
/// Secret and optionally ImpersonationResourceId, whose resource is then recorded as creator/updater.
/// </summary>
internal static class AtAuth
{
    public static (AtContext? Context, AtError? Error) Authenticate(HttpRequest request, AtTenant tenant, SimulatorOptions options, DateTime now)
    {
        var code = request.Headers["ApiIntegrationCode"].ToString();
        var user = request.Headers["UserName"].ToString();
        var secret = request.Headers["Secret"].ToString();
        if (!code.Equals(options.AutotaskIntegrationCode, StringComparison.OrdinalIgnoreCase)
            || !user.Equals(options.AutotaskUserName, StringComparison.OrdinalIgnoreCase)
            || secret != options.AutotaskSecret)
        {
            return (null, new AtError(401, "Authentication failed"));
        }

        var impersonation = request.Headers["ImpersonationResourceId"].ToString();
        if (string.IsNullOrEmpty(impersonation))
        {
            return (new AtContext(tenant.ApiResourceId, null, now), null);
        }

        lock (tenant.Sync)
        {
            if (int.TryParse(impersonation, NumberStyles.None, CultureInfo.InvariantCulture, out var resourceId)
                && tenant.Resources.Find(resourceId) is { IsActive: true } resource && resource.Id != tenant.ApiResourceId)
            {
                return (new AtContext(resource.Id, tenant.ApiResourceId, now), null);
            }
        }

        return (null, new AtError(403, $"Impersonation of resource '{impersonation}' is not allowed: the resource does not exist, is inactive or does not allow impersonation."));
    }
}
