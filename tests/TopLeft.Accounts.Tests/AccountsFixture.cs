using TopLeft.Testing;

namespace TopLeft.Accounts.Tests;

/// <summary>Two workspaces with their admins and a real SMTP server, plus a session reader.</summary>
public sealed class AccountsFixture : WorkspaceFixture
{
    public static async Task<string?> SessionUserNameAsync(ApiClient client)
    {
        var session = await client.GetJsonAsync<Session>("/api/session");
        return session.User?.UserName;
    }

    public sealed record SessionUser(string Id, string UserName, string Kind, bool TwoFactorEnabled, bool MustSetUpTwoFactor);

    public sealed record Session(SessionUser? User);
}

[CollectionDefinition(nameof(AccountsCollection))]
public sealed class AccountsCollection : ICollectionFixture<AccountsFixture>;
