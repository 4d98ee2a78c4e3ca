using Microsoft.Extensions.DependencyInjection;
using TopLeft.Licensing.Contracts;
using TopLeft.Licensing.Features.SelectLicensedMembers;
using TopLeft.Testing;

namespace TopLeft.Licensing.Tests.Visibility;

[Collection(nameof(LicensingCollection))]
public sealed class VisibilityRuleTests(LicensingFixture fixture)
{
    [Fact]
    public async Task Cards_of_unlicensed_members_disappear_while_unassigned_and_mixed_cards_stay()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        foreach (var id in new[] { 1, 2, 3 })
        {
            await LicensingFixture.MemberSyncedAsync(fixture.First, slug, id, "user" + id);
        }

        await SelectAsync(fixture.First, slug, [1, 3]);

        var filter = await VisibilityAsync(fixture.Second, slug);
        filter.IsVisible([]).ShouldBeTrue();
        filter.IsVisible([2]).ShouldBeFalse();
        filter.IsVisible([2, 1]).ShouldBeTrue();
        filter.IsVisible([1]).ShouldBeTrue();
        filter.IsVisible([42]).ShouldBeFalse();
    }

    [Fact]
    public async Task A_licensed_member_who_becomes_inactive_in_the_psa_no_longer_shows_work_and_frees_the_seat()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 1, "user1");
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 2, "user2");
        await SelectAsync(fixture.First, slug, [1, 2]);
        (await VisibilityAsync(fixture.Second, slug)).IsVisible([2]).ShouldBeTrue();

        await LicensingFixture.MemberDeactivatedAsync(fixture.First, slug, 2);

        var filter = await VisibilityAsync(fixture.Second, slug);
        filter.IsVisible([2]).ShouldBeFalse();
        filter.IsVisible([2, 1]).ShouldBeTrue();
        await using var scope = await LicensingFixture.TenantScopeAsync(fixture.Second, slug);
        (await scope.ServiceProvider.GetRequiredService<ILicensingModule>().GetSubscriptionAsync()).LicensedMembers.ShouldBe(1);
    }

    [Fact]
    public async Task The_rule_agrees_with_a_plain_reference_over_random_members_items_and_license_sets()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var members = Enumerable.Range(1, 30).ToArray();
        foreach (var id in members)
        {
            await LicensingFixture.MemberSyncedAsync(fixture.First, slug, id, "user" + id);
        }

        var inactive = new HashSet<int>();
        for (var round = 0; round < 12; round++)
        {
            var licensed = members.Where(id => !inactive.Contains(id) && random.Next(3) == 0).ToHashSet();
            var app = round % 2 == 0 ? fixture.First : fixture.Second;
            await SelectAsync(app, slug, licensed);
            if (random.Next(3) == 0)
            {
                var leaver = members[random.Next(members.Length)];
                await LicensingFixture.MemberDeactivatedAsync(app, slug, leaver);
                inactive.Add(leaver);
            }

            // Right after the change, from the other instance too.
            foreach (var reader in new[] { fixture.First, fixture.Second })
            {
                var filter = await VisibilityAsync(reader, slug);
                for (var i = 0; i < 300; i++)
                {
                    var assignees = Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(0, 36)).ToList();
                    var expected = assignees.Count == 0 || assignees.Any(a => licensed.Contains(a) && !inactive.Contains(a));
                    filter.IsVisible(assignees).ShouldBe(expected, $"seed {seed}, round {round}, assignees [{string.Join(",", assignees)}]");
                }
            }
        }
    }

    internal static async Task SelectAsync(TopLeftApp app, string slug, IReadOnlyCollection<int> licensed)
    {
        await using var scope = await LicensingFixture.TenantScopeAsync(app, slug);
        var (result, problem) = await scope.ServiceProvider.GetRequiredService<SelectLicensedMembersHandler>()
            .SaveAsync(new SaveSelectionRequest([.. licensed], false), LicensingFixture.Anonymous, CancellationToken.None);
        result.ShouldNotBeNull(problem);
    }

    internal static async Task<VisibilityFilter> VisibilityAsync(TopLeftApp app, string slug)
    {
        await using var scope = await LicensingFixture.TenantScopeAsync(app, slug);
        return await scope.ServiceProvider.GetRequiredService<ILicensingModule>().GetVisibilityAsync();
    }
}
