namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>Who is writing (the API member or an impersonated one) and when.</summary>
internal sealed record CwWriteContext(string MemberIdentifier, int? MemberId, DateTime Now);
