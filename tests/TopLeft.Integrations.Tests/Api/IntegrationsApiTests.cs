using System.Net;
using Microsoft.EntityFrameworkCore;
using TopLeft.PsaSimulator.Faults;
using TopLeft.Testing;

namespace TopLeft.Integrations.Tests.Api;

[CollectionDefinition(nameof(ApiCollection))]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>;

/// <summary>The module's HTTP API through the real Host, as the admin pages call it.</summary>
[Collection(nameof(ApiCollection))]
public sealed class IntegrationsApiTests(ApiFixture fixture)
{
    public static TheoryData<int> Psas => [1, 2];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task An_admin_saves_the_connection_and_reads_it_back_without_secrets(int kind)
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        (await admin.GetAsync("/api/integrations/connection")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var saved = await (await admin.PutAsync("/api/integrations/connection", fixture.ConnectionBody(kind))).ReadAsync<Connection>(HttpStatusCode.OK);

        saved.Kind.ShouldBe(kind);
        saved.HasCredentials.ShouldBeTrue();
        saved.RealtimeRegistered.ShouldBeTrue();
        saved.ApiUrl.ShouldNotBeNull().ShouldStartWith(fixture.Simulator.BaseUrl);
        var raw = await (await admin.GetAsync("/api/integrations/connection")).Content.ReadAsStringAsync();
        raw.ShouldNotContain(kind == 1 ? fixture.Simulator.Options.ConnectWisePrivateKey : fixture.Simulator.Options.AutotaskSecret);
        var read = await admin.GetJsonAsync<Connection>("/api/integrations/connection");
        read.ShouldBe(saved);
    }

    [Fact]
    public async Task Saving_again_with_blank_secrets_keeps_the_stored_ones_and_bad_settings_are_refused_with_a_problem()
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        (await admin.PutAsync("/api/integrations/connection", fixture.ConnectionBody(1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var o = fixture.Simulator.Options;

        var again = await admin.PutAsync("/api/integrations/connection", new
        {
            kind = 1, siteUrl = fixture.Simulator.BaseUrl, account = o.ConnectWiseCompanyId, publicKey = "", privateKey = "", clientId = "",
            keepClosedTickets = true, actAsMemberAllowed = false,
        });
        (await again.ReadAsync<Connection>(HttpStatusCode.OK)).KeepClosedTickets.ShouldBeTrue();
        var test = await (await admin.PostAsync("/api/integrations/connection/test", new
        {
            kind = 1, siteUrl = fixture.Simulator.BaseUrl, account = o.ConnectWiseCompanyId, publicKey = "", privateKey = "", clientId = "",
            keepClosedTickets = true, actAsMemberAllowed = false,
        })).ReadAsync<TestResult>(HttpStatusCode.OK);
        test.Ok.ShouldBeTrue(string.Join("; ", test.Permissions.Select(p => $"{p.Permission}: {p.Detail}")));

        var unknown = await admin.PutAsync("/api/integrations/connection", new
        {
            kind = 1, siteUrl = fixture.Simulator.BaseUrl, account = "nosuchcompany", publicKey = "a", privateKey = "b", clientId = Guid.NewGuid(),
            keepClosedTickets = false, actAsMemberAllowed = false,
        });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("nosuchcompany");
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task Test_connection_grants_everything_to_the_simulator_api_user(int kind)
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;

        var result = await (await admin.PostAsync("/api/integrations/connection/test", fixture.ConnectionBody(kind))).ReadAsync<TestResult>(HttpStatusCode.OK);

        result.Ok.ShouldBeTrue(result.Error);
        result.Permissions.Count.ShouldBeGreaterThanOrEqualTo(8);
        result.Permissions.ShouldAllBe(p => p.Granted);
    }

    [Theory]
    [InlineData(1, "*/system/members*", "Read members")]
    [InlineData(1, "*/service/priorities*", "Read priorities")]
    [InlineData(1, "*/project/statuses*", "Read project statuses")]
    [InlineData(2, "*/Resources/query*", "Read resources (members)")]
    [InlineData(2, "*/TicketNotes/query*", "Read ticket notes")]
    public async Task Test_connection_names_each_permission_the_api_user_lacks(int kind, string path, string permission)
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        fixture.Simulator.AddFault(new FaultRule
        {
            Psa = kind == 1 ? FaultPsa.ConnectWise : FaultPsa.Autotask, Kind = FaultKind.ServerError, StatusCode = 403, Path = path,
        });
        try
        {
            var result = await (await admin.PostAsync("/api/integrations/connection/test", fixture.ConnectionBody(kind))).ReadAsync<TestResult>(HttpStatusCode.OK);

            result.Ok.ShouldBeFalse();
            var denied = result.Permissions.Where(p => !p.Granted).ToList();
            denied.Select(p => p.Permission).ShouldBe([permission]);
            denied[0].Detail.ShouldNotBeNull().ShouldContain("does not allow");
            result.Permissions.Count(p => p.Granted).ShouldBe(result.Permissions.Count - 1);
        }
        finally
        {
            fixture.Simulator.ClearFaults();
        }
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task Test_connection_with_a_wrong_secret_reports_every_permission_as_refused_credentials(int kind)
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;

        var result = await (await admin.PostAsync("/api/integrations/connection/test", fixture.ConnectionBody(kind, privateKey: "wrong"))).ReadAsync<TestResult>(HttpStatusCode.OK);

        result.Ok.ShouldBeFalse();
        result.Permissions.ShouldNotBeEmpty();
        result.Permissions.ShouldAllBe(p => !p.Granted && p.Detail!.Contains("credentials were not accepted"));
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_sync_started_over_http_shows_progress_the_job_log_and_the_request_budget(int kind)
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        (await admin.PutAsync("/api/integrations/connection", fixture.ConnectionBody(kind))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var started = await (await admin.PostAsync("/api/integrations/sync", new { type = "full" })).ReadAsync<Run>(HttpStatusCode.Accepted);

        started.Type.ShouldBe("full");
        started.Trigger.ShouldBe("manual");
        var status = await Eventually.Get(() => admin.GetJsonAsync<Status>("/api/integrations/sync"),
            s => s.Runs.Any(r => r.Id == started.Id && r.State != "running"), TimeSpan.FromSeconds(90));
        var run = status.Runs.Single(r => r.Id == started.Id);
        run.State.ShouldBe("succeeded", run.Log);
        run.Progress.ShouldBe(100);
        run.FinishedAt.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(run.StartedAt);
        run.Items.ShouldBeGreaterThan(120);
        run.Errors.ShouldBe(0);
        run.Requests.ShouldBeGreaterThan(0);
        run.Log.ShouldNotBeNullOrWhiteSpace();
        status.RequestsLastHour.ShouldBeGreaterThanOrEqualTo(run.Requests);
        status.PendingWriteBacks.ShouldBe(0);
        status.FailedWriteBacks.ShouldBe(0);
        if (kind == 2)
        {
            status.BudgetLimit.ShouldBe(fixture.Simulator.Options.AutotaskHourlyLimit);
            status.BudgetUsed.ShouldNotBeNull().ShouldBeGreaterThan(0);
        }
        else
        {
            status.BudgetLimit.ShouldBeNull();
        }
    }

    [Fact]
    public async Task An_unknown_sync_type_is_a_validation_problem()
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        (await admin.PutAsync("/api/integrations/connection", fixture.ConnectionBody(1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await admin.PostAsync("/api/integrations/sync", new { type = "everything" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("incremental");
    }

    [Fact]
    public async Task An_admin_stores_and_removes_a_members_personal_api_keys_encrypted()
    {
        var (slug, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        (await admin.PutAsync("/api/integrations/connection", fixture.ConnectionBody(1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = await (await admin.PostAsync("/api/integrations/sync", new { type = "reference" })).ReadAsync<Run>(HttpStatusCode.Accepted);
        await Eventually.Get(() => admin.GetJsonAsync<Status>("/api/integrations/sync"), s => s.Runs.Any(r => r.Id == started.Id && r.State == "succeeded"),
            TimeSpan.FromSeconds(60));
        var memberId = await fixture.DbAsync(slug, db => db.Members.Select(m => m.PsaId).FirstAsync());

        (await admin.PutAsync($"/api/integrations/members/{memberId}/api-keys", new { publicKey = "MemberPublic1", privateKey = "MemberPrivate1" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var stored = await fixture.DbAsync(slug, db => db.Members.Where(m => m.PsaId == memberId).Select(m => m.ProtectedApiKeys).SingleAsync());
        stored.ShouldNotBeNull();
        stored.ShouldNotContain("MemberPrivate1");
        stored.ShouldNotContain("MemberPublic1");
        (await admin.PutAsync("/api/integrations/members/987654/api-keys", new { publicKey = "a", privateKey = "b" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PutAsync($"/api/integrations/members/{memberId}/api-keys", new { publicKey = "", privateKey = "b" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await admin.DeleteAsync($"/api/integrations/members/{memberId}/api-keys")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.DbAsync(slug, db => db.Members.Where(m => m.PsaId == memberId).Select(m => m.ProtectedApiKeys).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task Member_api_keys_are_refused_on_an_autotask_connection()
    {
        var (_, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        (await admin.PutAsync("/api/integrations/connection", fixture.ConnectionBody(2))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PutAsync("/api/integrations/members/1/api-keys", new { publicKey = "a", privateKey = "b" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Members_get_403_and_anonymous_callers_401_on_every_integrations_admin_endpoint()
    {
        var (slug, admin) = await fixture.NewWorkspaceAsync();
        using var _ = admin;
        using var member = await fixture.MemberAsync(slug, admin);
        using var anonymous = new ApiClient(fixture.App, slug);
        var calls = new (HttpMethod Method, string Path, object? Body)[]
        {
            (HttpMethod.Get, "/api/integrations/connection", null),
            (HttpMethod.Put, "/api/integrations/connection", fixture.ConnectionBody(1)),
            (HttpMethod.Post, "/api/integrations/connection/test", fixture.ConnectionBody(1)),
            (HttpMethod.Post, "/api/integrations/sync", new { type = "full" }),
            (HttpMethod.Get, "/api/integrations/sync", null),
            (HttpMethod.Put, "/api/integrations/members/1/api-keys", new { publicKey = "a", privateKey = "b" }),
            (HttpMethod.Delete, "/api/integrations/members/1/api-keys", null),
        };

        foreach (var (method, path, body) in calls)
        {
            (await member.SendAsync(method, path, body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {path} as a member");
            (await anonymous.SendAsync(method, path, body)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path} anonymously");
        }

        (await admin.GetAsync("/api/integrations/connection")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private sealed record Connection(int Kind, string SiteUrl, string Account, string? ApiUrl, bool HasCredentials, bool KeepClosedTickets,
        bool ActAsMemberAllowed, bool RealtimeRegistered, DateTimeOffset? LastFullSyncAt);

    private sealed record PermissionRow(string Permission, bool Granted, string? Detail);

    private sealed record TestResult(bool Ok, string? Error, IReadOnlyList<PermissionRow> Permissions);

    private sealed record Run(Guid Id, string Type, string Trigger, string State, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int Items,
        int Errors, int Progress, string? Step, int Requests, string? Log);

    private sealed record Status(IReadOnlyList<Run> Runs, int RequestsLastHour, int? BudgetUsed, int? BudgetLimit, int PendingWriteBacks, int FailedWriteBacks);
}
