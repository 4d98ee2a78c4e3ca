namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>A response computed under the tenant lock and written after it is released.</summary>
internal sealed record CwReply(int Status, byte[]? Body, string? Link = null)
{
    public static CwReply From(CwError error) =>
        new(error.Status, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(error, CwJson.Options));
}
