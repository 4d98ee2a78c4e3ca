using System.Reflection;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// <c>/{Entity}/entityInformation</c>, <c>/fields</c> (with picklists, where board columns come from) and
/// <c>/userDefinedFields</c>, generated from the entity classes so they cannot drift from what is served.
/// </summary>
internal static class AtMetadata
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ticket"] = ["title", "status", "priority", "companyID"],
        ["TicketNote"] = ["ticketID", "description", "noteType", "publish"],
        ["TaskNote"] = ["taskID", "description", "noteType", "publish"],
        ["Task"] = ["projectID", "title", "status"],
        ["Phase"] = ["projectID", "title"],
        ["Project"] = ["projectName", "companyID", "status", "projectType"],
        ["Company"] = ["companyName", "companyType"],
        ["Contact"] = ["companyID", "firstName", "lastName"],
        ["TimeEntry"] = ["resourceID", "dateWorked", "hoursWorked"],
    };

    private static readonly Dictionary<string, string> References = new(StringComparer.OrdinalIgnoreCase)
    {
        ["companyID"] = "Company", ["parentCompanyID"] = "Company", ["contactID"] = "Contact", ["createdByContactID"] = "Contact",
        ["ticketID"] = "Ticket", ["projectID"] = "Project", ["phaseID"] = "Phase", ["parentPhaseID"] = "Phase", ["taskID"] = "Task",
        ["roleID"] = "Role", ["assignedResourceRoleID"] = "Role", ["defaultServiceDeskRoleID"] = "Role",
    };

    private static readonly Dictionary<string, Type> WebhookTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ticket"] = typeof(AtTicket), ["TicketNote"] = typeof(AtTicketNote), ["Company"] = typeof(AtCompany), ["Contact"] = typeof(AtContact),
    };

    public static JsonObject Info(AtEntitySet set) => new()
    {
        ["info"] = new JsonObject
        {
            ["name"] = set.EntityType, ["canCreate"] = set.CanCreate, ["canUpdate"] = set.CanUpdate, ["canQuery"] = set.CanQuery,
            ["canDelete"] = set.CanDelete, ["hasUserDefinedFields"] = set.HasUserDefinedFields, ["supportsWebhookCallouts"] = set.HasWebhooks,
            ["userAccessForCreate"] = set.CanCreate ? "All" : "None", ["userAccessForDelete"] = set.CanDelete ? "All" : "None",
            ["userAccessForQuery"] = "All", ["userAccessForUpdate"] = set.CanUpdate ? "All" : "None",
        },
    };

    public static JsonObject Fields(AtTenant tenant, AtEntitySet set)
    {
        var fields = new JsonArray();
        foreach (var property in Properties(set.ClrType))
        {
            var name = FieldPath.JsonName(property);
            var picklist = AtPicklists.For(tenant, set.EntityType, name);
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var values = new JsonArray();
            foreach (var value in picklist ?? [])
            {
                values.Add(new JsonObject
                {
                    ["value"] = value.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["label"] = value.Label,
                    ["isDefaultValue"] = value.IsDefault, ["sortOrder"] = value.SortOrder,
                    ["parentValue"] = value.Parent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    ["isActive"] = value.IsActive, ["isSystem"] = value.Id is AtPicklists.StatusNew or AtPicklists.StatusComplete,
                });
            }

            var reference = picklist is null ? Reference(name) : null;
            fields.Add(new JsonObject
            {
                ["name"] = name,
                ["dataType"] = DataType(type),
                ["length"] = type == typeof(string) ? (name.Contains("description", StringComparison.OrdinalIgnoreCase) ? 8000 : 255) : 0,
                ["isRequired"] = Required.GetValueOrDefault(set.EntityType)?.Contains(name, StringComparer.OrdinalIgnoreCase) ?? false,
                ["isReadOnly"] = ReadOnly(name),
                ["isQueryable"] = true,
                ["isReference"] = reference is not null,
                ["referenceEntityType"] = reference ?? "",
                ["isPickList"] = picklist is not null,
                ["picklistValues"] = picklist is null ? null : values,
                ["picklistParentValueField"] = name.Equals("subIssueType", StringComparison.OrdinalIgnoreCase) ? "issueType" : "",
                ["isSupportedWebhookField"] = set.HasWebhooks,
            });
        }

        return new JsonObject { ["fields"] = fields };
    }

    public static JsonObject UserDefinedFields(AtEntitySet set) => new()
    {
        ["fields"] = set.HasUserDefinedFields
            ? new JsonArray(
                Udf("Story Points", "decimal"),
                Udf("Billing Reference", "string"))
            : new JsonArray(),
    };

    /// <summary>
    /// Webhook field ids: the simulator numbers a webhook entity's fields 1..N in entityInformation/fields order
    /// (Autotask does not publish its ids).
    /// </summary>
    public static IReadOnlyList<string> WebhookFieldNames(string kind) =>
        WebhookTypes.TryGetValue(kind, out var type) ? Properties(type).Select(FieldPath.JsonName).ToList() : [];

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        FieldPath.JsonProperties(type)
            .Where(p => p.PropertyType != typeof(List<AtUserDefinedField>))
            .OrderBy(p => p.Name == nameof(Entity.Id) ? 0 : 1);

    private static JsonObject Udf(string name, string dataType) => new()
    {
        ["name"] = name, ["dataType"] = dataType, ["length"] = 100, ["isRequired"] = false, ["isReadOnly"] = false,
        ["isQueryable"] = true, ["isReference"] = false, ["referenceEntityType"] = "", ["isPickList"] = false, ["picklistValues"] = null,
        ["picklistParentValueField"] = "", ["isSupportedWebhookField"] = true,
    };

    private static string? Reference(string name) =>
        References.TryGetValue(name, out var entity) ? entity
        : name.EndsWith("ResourceID", StringComparison.OrdinalIgnoreCase) ? "Resource"
        : null;

    private static bool ReadOnly(string name) =>
        name == "id" || name == "ticketNumber"
        || new[] { "create", "lastActivity", "lastModified", "lastTracked", "impersonator", "completed" }
            .Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static string DataType(Type type) =>
        type == typeof(int) ? "integer"
        : type == typeof(long) ? "long"
        : type == typeof(bool) ? "boolean"
        : type == typeof(decimal) || type == typeof(double) ? "double"
        : type == typeof(DateTime) ? "datetime"
        : type == typeof(Guid) ? "string"
        : "string";
}
