using System.Text.Json.Serialization;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>ConnectWise's error envelope: <c>{"code","message","errors":[…]|null}</c>.</summary>
internal sealed record CwError(
    [property: JsonIgnore] int Status,
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IReadOnlyList<CwErrorDetail>? Errors = null)
{
    public static CwError Invalid(string resource, string field, string message, string code = "InvalidObject") =>
        new(400, "InvalidObject", $"{resource} object is invalid", [new CwErrorDetail(code, message, resource, field)]);

    public static CwError NotFound(string resource, int id) =>
        new(404, "NotFound", $"{Capitalize(resource)} ID {id} not found");

    public static CwError MethodNotAllowed(string method) =>
        new(405, "MethodNotAllowed", $"The requested resource does not support http method '{method}'.");

    public static CwError BadRequest(string message) => new(400, "InvalidObject", message);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

internal sealed record CwErrorDetail(string Code, string Message, string Resource, string Field);
