namespace TopLeft.PsaSimulator.Faults;

/// <summary>What an injected fault does.</summary>
public enum FaultKind
{
    /// <summary>HTTP 429 with the vendor's throttle body and (unless <see cref="FaultRule.RetryAfterSeconds"/> is null) Retry-After.</summary>
    TooManyRequests,

    /// <summary>An HTTP error (<see cref="FaultRule.StatusCode"/>, default 500) with the vendor's error body.</summary>
    ServerError,

    /// <summary>Waits <see cref="FaultRule.DelayMs"/> and then answers normally.</summary>
    Delay,

    /// <summary>Never answers: holds the request until the client gives up.</summary>
    Hang,

    /// <summary>Drops the connection without a response (a TCP reset as the client sees it).</summary>
    Abort,

    /// <summary>Sends 200 with half a JSON body and drops the connection.</summary>
    TruncatedBody,

    /// <summary>Outbound: a callback/webhook is delivered twice.</summary>
    DuplicateDelivery,

    /// <summary>Outbound: a callback/webhook is held back and delivered after the next one.</summary>
    ReorderDelivery,

    /// <summary>Outbound: a callback/webhook is delivered after <see cref="FaultRule.DelayMs"/>.</summary>
    DelayDelivery,

    /// <summary>Outbound: a callback/webhook is sent with a signature that does not match its body.</summary>
    CorruptSignature,
}
