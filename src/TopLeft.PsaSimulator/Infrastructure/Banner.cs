using System.Globalization;
using System.Text;

namespace TopLeft.PsaSimulator.Infrastructure;

/// <summary>What the simulator prints at start-up: where it listens and how to log in.</summary>
internal static class Banner
{
    public static string Text(SimulatorState state)
    {
        var o = state.Options;
        var text = new StringBuilder();
        text.AppendLine("TopLeft PSA simulator");
        text.AppendLine(CultureInfo.InvariantCulture, $"  seed {o.Seed}, anchor {state.Anchor:yyyy-MM-dd}: {state.Cw.Tickets.Count} CW tickets, {state.At.Tickets.Count} AT tickets (seeded in {state.SeedDuration.TotalSeconds:0.0} s)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  admin        {state.BaseUrl}/_sim");
        text.AppendLine(CultureInfo.InvariantCulture, $"  ConnectWise  {state.BaseUrl}/v4_6_release/apis/3.0/   (companyinfo: {state.BaseUrl}/login/companyinfo/{o.ConnectWiseCompanyId})");
        text.AppendLine(CultureInfo.InvariantCulture, $"               Authorization: Basic base64(\"{o.ConnectWiseCompanyId}+{o.ConnectWisePublicKey}:{o.ConnectWisePrivateKey}\"), clientId: any GUID");
        text.AppendLine(CultureInfo.InvariantCulture, $"  Autotask     {state.BaseUrl}/ATServicesRest/V1.0/   (zone: {state.BaseUrl}/atservicesrest/v1.0/zoneInformation?user={o.AutotaskUserName})");
        text.AppendLine(CultureInfo.InvariantCulture, $"               ApiIntegrationCode: {o.AutotaskIntegrationCode}, UserName: {o.AutotaskUserName}, Secret: {o.AutotaskSecret}");
        return text.ToString();
    }
}
