namespace TopLeft.PsaSimulator.Seeding;

/// <summary>
/// The seeded MSP in neutral form. Both tenants are mapped from it, so a ConnectWise and an Autotask
/// simulator built from the same seed describe the same customers and tickets in their own dialects.
/// </summary>
internal sealed class MspWorld
{
    public required DateTime Anchor { get; init; }

    public required int ProjectBoard { get; init; }

    public List<WorldCompany> Companies { get; } = [];

    public List<WorldPerson> Members { get; } = [];

    public List<WorldContact> Contacts { get; } = [];

    public List<WorldTicket> Tickets { get; } = [];

    public List<WorldNote> Notes { get; } = [];

    public List<WorldTime> TimeEntries { get; } = [];

    public List<WorldProject> Projects { get; } = [];

    public List<WorldPhase> Phases { get; } = [];

    public IReadOnlyList<string> BoardNames { get; init; } = [];
}

internal sealed record WorldCompany(
    string Name, string Identifier, string Phone, string Street, string City, string State, string Zip,
    string Website, int? Parent, int OwnerMember, DateTime Created, DateTime Updated);

internal sealed record WorldPerson(string First, string Last, string UserName, string Email, string Title);

internal sealed record WorldContact(int Company, string First, string Last, string Email, string Phone, string Title, DateTime Updated);

/// <summary><see cref="Status"/> is a <see cref="WorldStatus"/>; project tickets carry a phase.</summary>
internal sealed record WorldTicket(
    string Summary, string Description, int Company, int? Contact, int Board, WorldStatus Status, int Priority,
    int[] Assignees, DateTime Created, DateTime Updated, decimal? BudgetHours, DateTime? Due, int? Phase,
    bool CustomerUpdated);

internal sealed record WorldNote(int Ticket, string Text, int? Member, int? Contact, NoteKind Kind, DateTime Created);

internal sealed record WorldTime(int Ticket, int Member, DateTime Start, decimal Hours, string Notes);

internal sealed record WorldProject(string Name, int Company, int Manager, DateTime Start, DateTime End, decimal BudgetHours, bool Closed, DateTime Updated);

internal sealed record WorldPhase(int Project, int Number, string Title, decimal BudgetHours, DateTime Start, DateTime End, DateTime Updated);

internal enum WorldStatus
{
    New,
    InProgress,
    WaitingOnClient,
    Scheduled,
    Completed,
    Closed,
}

internal enum NoteKind
{
    Discussion,
    Internal,
    Resolution,
}
