using System.Globalization;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>Where a work item opens in the PSA's own web app.</summary>
internal static class PsaLinks
{
    public static string? For(ConnectionSummary? connection, WorkItemRef item)
    {
        if (connection?.SiteUrl is not { Length: > 0 } site)
        {
            return null;
        }

        var root = (site.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? site : "https://" + site).TrimEnd('/');
        var id = item.PsaId.ToString(CultureInfo.InvariantCulture);
        return connection.Kind == PsaKind.ConnectWise
            ? item.Kind switch
            {
                WorkItemKind.Project => $"{root}/v4_6_release/services/system_io/router/openrecord.rsp?recordType=ProjectHeaderFV&recid={id}",
                WorkItemKind.ProjectTicket => $"{root}/v4_6_release/services/system_io/router/openrecord.rsp?recordType=ProjectTicket&recid={id}",
                _ => $"{root}/v4_6_release/services/system_io/router/openrecord.rsp?recordType=ServiceFv&recid={id}",
            }
            : item.Kind switch
            {
                WorkItemKind.Task => $"{root}/Mvc/Projects/TaskDetail.mvc?taskId={id}",
                WorkItemKind.Project => $"{root}/Autotask/AutotaskExtend/ExecuteCommand.aspx?Code=OpenProject&ProjectID={id}",
                _ => $"{root}/Mvc/ServiceDesk/TicketDetail.mvc?ticketId={id}",
            };
    }
}
