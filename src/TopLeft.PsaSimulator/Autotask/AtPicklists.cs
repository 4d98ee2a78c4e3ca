namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// This tenant's picklists. Ids follow Autotask habits where clients rely on them (status 1 New, 5 Complete;
/// queue ids in the 29.6M range) and are otherwise tenant data: clients must read entityInformation/fields.
/// </summary>
internal static class AtPicklists
{
    public const int StatusNew = 1;
    public const int StatusComplete = 5;
    public const int QueueBase = 29682833;
    public const int TechnicianRole = 29683460;

    public static readonly AtPicklistValue[] TicketStatus =
    [
        new(1, "New", 1, true), new(8, "In Progress", 2), new(7, "Waiting Customer", 3), new(12, "Waiting Vendor", 4),
        new(10, "Scheduled", 5), new(5, "Complete", 6),
    ];

    public static readonly AtPicklistValue[] TicketPriority =
    [
        new(4, "Critical", 1), new(1, "High", 2), new(2, "Medium", 3, true), new(3, "Low", 4),
    ];

    public static readonly AtPicklistValue[] TicketSource =
    [
        new(1, "Email", 1), new(2, "Phone", 2, true), new(4, "Client Portal", 3), new(8, "Monitoring Alert", 4),
    ];

    public static readonly AtPicklistValue[] TicketType =
    [
        new(1, "Service Request", 1, true), new(2, "Incident", 2), new(3, "Problem", 3), new(4, "Change Request", 4), new(5, "Alert", 5),
    ];

    public static readonly AtPicklistValue[] TicketCategory = [new(3, "Standard", 1, true), new(2, "RMM Alert", 2)];

    public static readonly AtPicklistValue[] IssueType =
    [
        new(1, "Hardware", 1), new(2, "Software", 2), new(3, "Network", 3), new(4, "Email", 4), new(5, "Security", 5),
    ];

    public static readonly AtPicklistValue[] SubIssueType =
    [
        new(11, "Printer", 1, Parent: 1), new(12, "Laptop / Desktop", 2, Parent: 1), new(21, "Microsoft 365", 3, Parent: 2),
        new(22, "Line of business app", 4, Parent: 2), new(31, "VPN", 5, Parent: 3), new(32, "Wi-Fi", 6, Parent: 3),
        new(41, "Mailbox", 7, Parent: 4), new(51, "Phishing", 8, Parent: 5),
    ];

    public static readonly AtPicklistValue[] NoteType =
    [
        new(1, "General", 1, true), new(2, "Internal Note", 2), new(3, "Resolution", 3), new(4, "Customer Reply", 4),
    ];

    public static readonly AtPicklistValue[] NotePublish =
    [
        new(1, "All Autotask Users", 1, true), new(2, "Internal Only", 2), new(3, "Internal & Co-Managed", 3),
    ];

    public static readonly AtPicklistValue[] TaskStatus =
    [
        new(1, "New", 1, true), new(4, "In Progress", 2), new(7, "Waiting Customer", 3), new(5, "Complete", 4),
    ];

    public static readonly AtPicklistValue[] TaskPriority = [new(1, "High", 1), new(2, "Medium", 2, true), new(3, "Low", 3)];

    public static readonly AtPicklistValue[] TaskType = [new(1, "Fixed Work", 1, true), new(2, "Fixed Duration", 2)];

    public static readonly AtPicklistValue[] ProjectStatus =
    [
        new(0, "Inactive", 1), new(1, "New", 2, true), new(2, "In Progress", 3), new(5, "Complete", 4),
    ];

    public static readonly AtPicklistValue[] ProjectType = [new(5, "Client", 1, true), new(4, "Internal", 2), new(8, "Template", 3)];

    public static readonly AtPicklistValue[] CompanyType =
    [
        new(1, "Customer", 1, true), new(2, "Lead", 2), new(3, "Prospect", 3), new(4, "Dead", 4), new(7, "Vendor", 5), new(8, "Partner", 6),
    ];

    public static readonly AtPicklistValue[] TimeEntryType = [new(2, "Ticket", 1, true), new(6, "Project Task", 2)];

    /// <summary>Queues mirror the ConnectWise boards of the same world.</summary>
    public static AtPicklistValue[] Queues(IReadOnlyList<string> boardNames) =>
        boardNames.Select((name, i) => new AtPicklistValue(QueueBase + i, name, i + 1, i == 0)).ToArray();

    /// <summary>(entity type name, field name) → picklist; queues are tenant data, so they come from the tenant.</summary>
    public static AtPicklistValue[]? For(AtTenant tenant, string entity, string field) => (entity.ToUpperInvariant(), field.ToUpperInvariant()) switch
    {
        ("TICKET", "STATUS") => TicketStatus,
        ("TICKET", "PRIORITY") => TicketPriority,
        ("TICKET", "QUEUEID") => tenant.Queues,
        ("TICKET", "SOURCE") => TicketSource,
        ("TICKET", "TICKETTYPE") => TicketType,
        ("TICKET", "TICKETCATEGORY") => TicketCategory,
        ("TICKET", "ISSUETYPE") => IssueType,
        ("TICKET", "SUBISSUETYPE") => SubIssueType,
        ("TICKETNOTE" or "TASKNOTE", "NOTETYPE") => NoteType,
        ("TICKETNOTE" or "TASKNOTE", "PUBLISH") => NotePublish,
        ("TASK", "STATUS") => TaskStatus,
        ("TASK", "PRIORITYLABEL") => TaskPriority,
        ("TASK", "TASKTYPE") => TaskType,
        ("PROJECT", "STATUS") => ProjectStatus,
        ("PROJECT", "PROJECTTYPE") => ProjectType,
        ("COMPANY", "COMPANYTYPE") => CompanyType,
        ("TIMEENTRY", "TIMEENTRYTYPE") => TimeEntryType,
        _ => null,
    };
}
