namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// One mutation as the callback sender sees it: the callback type, the lowercase action, the record as the
/// API returns it (null on delete) and the ids the registration levels match on (board, status, ticket …).
/// </summary>
internal sealed record CwChange(
    string Type, string Action, int Id, string? EntityJson, string MemberIdentifier, IReadOnlyDictionary<string, int> Levels);
