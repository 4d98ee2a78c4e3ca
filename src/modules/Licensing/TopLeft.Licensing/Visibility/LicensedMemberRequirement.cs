using Microsoft.AspNetCore.Authorization;

namespace TopLeft.Licensing.Visibility;

/// <summary>The <c>licensed-member</c> policy: a signed-in member or admin whose PSA member holds a license.</summary>
internal sealed class LicensedMemberRequirement : IAuthorizationRequirement;
