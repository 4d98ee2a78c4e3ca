using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace TopLeft.Accounts.Security;

/// <summary>The ProblemDetails shapes the Accounts endpoints answer with.</summary>
internal static class ProblemResults
{
    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ValidationProblem Validation(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Validation(string field, IdentityResult result) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = result.Errors.Select(e => e.Description).ToArray() });

    public static ProblemHttpResult NoWorkspace() =>
        Problem(StatusCodes.Status404NotFound, "No TopLeft workspace at this address.");
}
