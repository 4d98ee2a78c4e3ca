using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace TopLeft.Licensing.Visibility;

internal sealed class LicensedMemberHandler(VisibilityCache visibility, IHttpContextAccessor http) : AuthorizationHandler<LicensedMemberRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, LicensedMemberRequirement requirement)
    {
        var access = await visibility.GetUserAccessAsync(context.User, http.HttpContext?.RequestAborted ?? CancellationToken.None);
        if (access.Licensed)
        {
            context.Succeed(requirement);
        }
    }
}
