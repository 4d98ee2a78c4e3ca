using TopLeft.Boards.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Access;
using TopLeft.Portal.Domain;

namespace TopLeft.Portal.Tests.Access;

public sealed class PortalRulesTests
{
    private static readonly PsaCompany[] Companies =
    [
        new(1, "P", "Parent", null, true),
        new(2, "C", "Child", 1, true),
        new(3, "G", "Grandchild", 2, true),
        new(4, "O", "Other", null, true),
    ];

    [Fact]
    public void In_Autotask_a_contact_sees_their_company_and_its_child_companies_at_any_depth()
    {
        PortalRules.CompaniesOf(1, PsaKind.Autotask, Companies).ShouldBe([1, 2, 3], ignoreOrder: true);
        PortalRules.CompaniesOf(2, PsaKind.Autotask, Companies).ShouldBe([2, 3], ignoreOrder: true);
    }

    [Fact]
    public void In_ConnectWise_a_contact_sees_only_their_own_company()
    {
        PortalRules.CompaniesOf(1, PsaKind.ConnectWise, Companies).ShouldBe([1]);
    }

    [Theory]
    [InlineData(PsaKind.ConnectWise, WorkItemKind.Ticket, true)]
    [InlineData(PsaKind.ConnectWise, WorkItemKind.ProjectTicket, true)]
    [InlineData(PsaKind.ConnectWise, WorkItemKind.Project, false)]
    [InlineData(PsaKind.Autotask, WorkItemKind.Ticket, true)]
    [InlineData(PsaKind.Autotask, WorkItemKind.Task, true)]
    [InlineData(PsaKind.Autotask, WorkItemKind.Phase, false)]
    public void Portal_boards_are_ticket_boards_and_Autotask_task_boards(PsaKind psa, WorkItemKind kind, bool supported)
    {
        PortalRules.SupportsKind(psa, kind).ShouldBe(supported);
    }

    [Fact]
    public void A_view_as_scope_is_read_only_and_acts_as_nobody()
    {
        var viewer = new PortalViewer(9, 1, true, new HashSet<int> { 1 }, ReadOnly: true);
        var options = new BoardPortalSettings { Enabled = true, ContactCanDrag = true, ContactCanAddNotes = true, Visibility = CardVisibility.OnlyMine };

        var scope = PortalRules.Scope(viewer, new BoardSummary(Guid.NewGuid(), "b", WorkItemKind.Ticket, []), options, PsaKind.ConnectWise);

        scope.CanOpen.ShouldBeTrue();
        scope.ContactPsaId.ShouldBe(9);
        scope.CanDrag.ShouldBeFalse();
        scope.CanAddNotes.ShouldBeFalse();
        scope.ReadOnly.ShouldBeTrue();
        scope.ActingContactPsaId.ShouldBeNull();
    }
}
