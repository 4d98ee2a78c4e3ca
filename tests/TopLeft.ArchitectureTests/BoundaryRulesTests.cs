namespace TopLeft.ArchitectureTests;

// The checker checked on fixtures: a rule that never fires would let every real test pass.
public class BoundaryRulesTests
{
    private static readonly string[] Modules = ["Boards", "Licensing", "Portal"];

    [Fact]
    public void A_module_referencing_another_modules_implementation_is_a_violation() =>
        BoundaryRules.Check("TopLeft.Boards", ["TopLeft.Licensing"], Modules).ShouldHaveSingleItem().ShouldContain("Licensing");

    [Fact]
    public void A_module_referencing_another_modules_contracts_is_allowed() =>
        BoundaryRules.Check("TopLeft.Boards", ["TopLeft.Licensing.Contracts", "TopLeft.Shared", "TopLeft.Boards.Contracts"], Modules).ShouldBeEmpty();

    [Fact]
    public void A_module_depending_on_the_host_is_a_violation() =>
        BoundaryRules.Check("TopLeft.Boards", ["TopLeft.Host"], Modules).ShouldHaveSingleItem().ShouldContain("TopLeft.Host");

    [Fact]
    public void A_contract_referencing_entity_framework_is_a_violation() =>
        BoundaryRules.Check("TopLeft.Boards.Contracts", ["Microsoft.EntityFrameworkCore"], Modules).ShouldHaveSingleItem();

    [Fact]
    public void A_contract_referencing_another_modules_contract_is_allowed() =>
        BoundaryRules.Check("TopLeft.Portal.Contracts", ["TopLeft.Licensing.Contracts", "TopLeft.Shared"], Modules).ShouldBeEmpty();

    [Fact]
    public void A_contract_referencing_another_modules_implementation_is_a_violation() =>
        BoundaryRules.Check("TopLeft.Portal.Contracts", ["TopLeft.Licensing"], Modules).ShouldHaveSingleItem();

    [Fact]
    public void Shared_infrastructure_referencing_a_module_is_a_violation() =>
        BoundaryRules.Check("TopLeft.Shared", ["TopLeft.Boards.Contracts"], Modules).ShouldHaveSingleItem();

    [Fact]
    public void The_host_may_reference_every_module() =>
        BoundaryRules.Check("TopLeft.Host", ["TopLeft.Boards", "TopLeft.Licensing", "TopLeft.Portal"], Modules).ShouldBeEmpty();
}
