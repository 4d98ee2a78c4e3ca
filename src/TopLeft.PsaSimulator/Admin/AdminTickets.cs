using System.Text.Json;
using TopLeft.PsaSimulator.Autotask;
using TopLeft.PsaSimulator.ConnectWise;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>Compact ticket listings for the demo page.</summary>
internal static class AdminTickets
{
    public static object List(SimulatorState state, PsaKind psa, int skip, int take, bool openOnly)
    {
        take = Math.Clamp(take, 1, 500);
        if (psa == PsaKind.ConnectWise)
        {
            var tenant = state.Cw;
            lock (tenant.Sync)
            {
                return new
                {
                    statuses = tenant.Statuses.All.Select(s => new { s.Id, s.Name, board = s.Board?.Id, s.ClosedStatus }),
                    tickets = tenant.Tickets.All.Where(t => !openOnly || !t.ClosedFlag).OrderByDescending(t => t.Info.LastUpdated).Skip(skip).Take(take)
                        .Select(t => new
                        {
                            t.Id, summary = t.Summary, board = t.Board?.Name, boardId = t.Board?.Id, status = t.Status?.Name, statusId = t.Status?.Id,
                            company = t.Company?.Name, assignees = t.Resources, lastUpdated = t.Info.LastUpdated,
                        }).ToList(),
                };
            }
        }

        var at = state.At;
        lock (at.Sync)
        {
            return new
            {
                statuses = AtPicklists.TicketStatus.Select(s => new { s.Id, Name = s.Label, board = (int?)null, ClosedStatus = s.Id == AtPicklists.StatusComplete }),
                tickets = at.Tickets.All.Where(t => !openOnly || t.Status != AtPicklists.StatusComplete)
                    .OrderByDescending(t => t.LastActivityDate).Skip(skip).Take(take)
                    .Select(t => new
                    {
                        t.Id, summary = t.Title, board = at.Queues.FirstOrDefault(q => q.Id == t.QueueID)?.Label, boardId = t.QueueID,
                        status = AtPicklists.TicketStatus.FirstOrDefault(s => s.Id == t.Status)?.Label, statusId = t.Status,
                        company = at.Companies.Find(t.CompanyID)?.CompanyName,
                        assignees = string.Join(", ", new[] { t.AssignedResourceID }.Concat(at.TicketSecondaryResources.All.Where(r => r.TicketID == t.Id).Select(r => (int?)r.ResourceID))
                            .OfType<int>().Select(id => at.Resources.Find(id)?.UserName)),
                        lastUpdated = t.LastActivityDate,
                    }).ToList(),
            };
        }
    }

    public static AdminResult Get(SimulatorState state, PsaKind psa, int id)
    {
        if (psa == PsaKind.ConnectWise)
        {
            lock (state.Cw.Sync)
            {
                return state.Cw.Tickets.Find(id) is { } ticket
                    ? new AdminResult(200, JsonSerializer.SerializeToNode(ticket, CwJson.Options))
                    : AdminResult.NotFound($"Ticket {id}");
            }
        }

        lock (state.At.Sync)
        {
            return state.At.Tickets.Find(id) is { } ticket ? new AdminResult(200, AtEntitySets.ToJson(ticket)) : AdminResult.NotFound($"Ticket {id}");
        }
    }
}
