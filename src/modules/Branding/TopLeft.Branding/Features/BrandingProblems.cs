using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TopLeft.Branding.Features;

/// <summary>The ProblemDetails the Branding endpoints answer with.</summary>
internal static class BrandingProblems
{
    public static ProblemHttpResult NoWorkspace() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No TopLeft workspace at this address.");

    public static ProblemHttpResult NoSuchSlot(string slot) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such logo.",
            detail: $"\"{slot}\" is not a logo slot; the slots are login, menu and favicon.");

    public static ProblemHttpResult NoLogo() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No logo.", detail: "This workspace uses the default here.");

    public static ProblemHttpResult Refused(int status, string detail) =>
        TypedResults.Problem(statusCode: status, title: "This file cannot be used as a logo.", detail: detail);
}
