using Microsoft.AspNetCore.Http;

namespace TopLeft.Boards.Access;

/// <summary>The problem answers every board endpoint gives when access is denied.</summary>
internal static class BoardResults
{
    public static IResult Denied(BoardDenial denial) => denial == BoardDenial.NoLicense
        ? Results.Problem(
            title: "You do not have a license.",
            detail: "Boards are for licensed members. Ask an administrator of your workspace to assign you a license.",
            statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?> { ["code"] = "no-license" })
        : NotFound("No such board.");

    public static IResult NotFound(string title) => Results.Problem(title: title, statusCode: StatusCodes.Status404NotFound);

    public static IResult Refused(string title, string detail, string code, int status = StatusCodes.Status422UnprocessableEntity, object? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
        {
            extensions["data"] = extra;
        }

        return Results.Problem(title: title, detail: detail, statusCode: status, extensions: extensions);
    }
}
