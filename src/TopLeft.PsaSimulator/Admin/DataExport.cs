using System.Text.Json;
using TopLeft.PsaSimulator.Autotask;
using TopLeft.PsaSimulator.ConnectWise;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Admin;

/// <summary>
/// The whole of a tenant's data in its API shapes, one array per entity set, so a test can compare a
/// synced copy with what the simulator holds.
/// </summary>
internal static class DataExport
{
    public static byte[] ConnectWise(CwTenant t)
    {
        lock (t.Sync)
        {
            return Write(CwJson.Options, new Dictionary<string, IEntityTable>
            {
                ["members"] = t.Members, ["companies"] = t.Companies, ["contacts"] = t.Contacts, ["boards"] = t.Boards,
                ["boardStatuses"] = t.Statuses, ["priorities"] = t.Priorities, ["tickets"] = t.Tickets, ["ticketNotes"] = t.Notes,
                ["timeEntries"] = t.TimeEntries, ["projects"] = t.Projects, ["phases"] = t.Phases,
                ["scheduleEntries"] = t.ScheduleEntries, ["callbacks"] = t.Callbacks,
            });
        }
    }

    public static byte[] Autotask(AtTenant t)
    {
        lock (t.Sync)
        {
            return Write(AtJson.Options, new Dictionary<string, IEntityTable>
            {
                ["Resources"] = t.Resources, ["Roles"] = t.Roles, ["ResourceServiceDeskRoles"] = t.ResourceServiceDeskRoles,
                ["Companies"] = t.Companies, ["Contacts"] = t.Contacts, ["Tickets"] = t.Tickets, ["TicketNotes"] = t.TicketNotes,
                ["TicketSecondaryResources"] = t.TicketSecondaryResources, ["Projects"] = t.Projects, ["Phases"] = t.Phases,
                ["Tasks"] = t.Tasks, ["TaskNotes"] = t.TaskNotes, ["TimeEntries"] = t.TimeEntries,
                ["DeletedTicketLogs"] = t.DeletedTicketLogs,
            });
        }
    }

    private static byte[] Write(JsonSerializerOptions options, Dictionary<string, IEntityTable> tables)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (name, table) in tables)
            {
                writer.WritePropertyName(name);
                writer.WriteStartArray();
                foreach (var item in table.Items)
                {
                    JsonSerializer.Serialize(writer, item, item.GetType(), options);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
