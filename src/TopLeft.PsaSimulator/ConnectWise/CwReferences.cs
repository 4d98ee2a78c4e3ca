using TopLeft.PsaSimulator.ConnectWise.Model;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>Resolves references sent by id, identifier or name into stored records.</summary>
internal static class CwReferences
{
    public static CwMember? Member(CwTenant tenant, CwRef? reference) =>
        reference is null ? null
        : reference.Id != 0 ? tenant.Members.Find(reference.Id)
        : reference.Identifier is { } identifier ? MemberByIdentifier(tenant, identifier)
        : null;

    public static CwMember? MemberByIdentifier(CwTenant tenant, string identifier) =>
        tenant.Members.All.FirstOrDefault(m => m.Identifier.Equals(identifier, StringComparison.OrdinalIgnoreCase));

    public static CwCompany? Company(CwTenant tenant, CwRef? reference) =>
        reference is null ? null
        : reference.Id != 0 ? tenant.Companies.Find(reference.Id)
        : reference.Identifier is { } identifier
            ? tenant.Companies.All.FirstOrDefault(c => c.Identifier.Equals(identifier, StringComparison.OrdinalIgnoreCase))
        : null;

    public static CwBoard? Board(CwTenant tenant, CwRef? reference) =>
        reference is null ? null
        : reference.Id != 0 ? tenant.Boards.Find(reference.Id)
        : reference.Name is { } name ? tenant.Boards.All.FirstOrDefault(b => b.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        : null;

    public static CwPriority? Priority(CwTenant tenant, CwRef? reference) =>
        reference is null ? null
        : reference.Id != 0 ? tenant.Priorities.Find(reference.Id)
        : reference.Name is { } name ? tenant.Priorities.All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        : null;

    public static CwRef Ref(CwMember member) => CwSeeder.Ref(member);

    public static CwRef Ref(CwCompany company) => CwSeeder.Ref(company);

    public static CwRef Ref(CwContact contact) => new() { Id = contact.Id, Name = $"{contact.FirstName} {contact.LastName}".Trim() };
}
