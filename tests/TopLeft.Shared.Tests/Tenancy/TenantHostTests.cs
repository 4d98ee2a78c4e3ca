using TopLeft.Shared.Tenancy;

namespace TopLeft.Shared.Tests.Tenancy;

public class TenantHostTests
{
    [Theory]
    [InlineData("acme.localhost:5080", "localhost", "acme")]
    [InlineData("ACME.topleft.app", "topleft.app", "acme")]
    [InlineData("localhost:5080", "localhost", null)]
    [InlineData("a.b.topleft.app", "topleft.app", null)]
    [InlineData("acme.evil.com", "topleft.app", null)]
    [InlineData("127.0.0.1:5080", "localhost", null)]
    [InlineData("www.topleft.app", "topleft.app", null)]
    [InlineData("-bad.localhost", "localhost", null)]
    public void The_slug_is_the_one_label_before_the_base_domain(string host, string baseDomain, string? expected) =>
        TenantHost.SlugFrom(host, baseDomain).ShouldBe(expected);
}
