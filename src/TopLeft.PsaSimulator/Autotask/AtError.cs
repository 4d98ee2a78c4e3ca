namespace TopLeft.PsaSimulator.Autotask;

/// <summary>Autotask's error body is <c>{"errors":["…"]}</c>; business-rule violations come back as 500.</summary>
internal sealed record AtError(int Status, string Message)
{
    public static AtError DataViolation(string message) => new(500, message);
}
