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
        text.AppendLine($"  seed {o.Seed}, anchor {state.Anchor:yyyy-MM-dd}: {state.Cw.Tickets.Count} CW tickets, {state.At.Tickets.Count} AT tickets");
        text.AppendLine($"  admin        {state.BaseUrl}/_sim");
        text.AppendLine($"  ConnectWise  {state.BaseUrl}/v4_6_release/apis/3.0/   (companyinfo: {state.BaseUrl}/login/companyinfo/{o.ConnectWiseCompanyId})");
        text.AppendLine($"               Authorization: Basic base64(\"{o.ConnectWiseCompanyId}+{o.ConnectWisePublicKey}:{o.ConnectWisePrivateKey}\"), clientId: any GUID");
        text.AppendLine($"  Autotask     {state.BaseUrl}/ATServicesRest/V1.0/   (zone: {state.BaseUrl}/atservicesrest/v1.0/zoneInformation?user={o.AutotaskUserName})");
        text.AppendLine($"               ApiIntegrationCode: {o.AutotaskIntegrationCode}, UserName: {o.AutotaskUserName}, Secret: {o.AutotaskSecret}");
        return text.ToString();
    }
}
