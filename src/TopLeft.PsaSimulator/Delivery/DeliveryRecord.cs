namespace TopLeft.PsaSimulator.Delivery;

/// <summary>One outbound callback (ConnectWise) or webhook (Autotask) and what became of it.</summary>
/// <param name="Id">Sequence number of the delivery.</param>
/// <param name="Psa">"ConnectWise" or "Autotask".</param>
/// <param name="Kind">"callback", "webhook" or "deactivation".</param>
/// <param name="Url">Where it was posted.</param>
/// <param name="Body">The exact body sent (the signature covers these bytes).</param>
/// <param name="Headers">Headers sent, including the signature.</param>
/// <param name="Queued">When it was queued (UTC).</param>
/// <param name="Attempts">Status of each attempt; 0 means timeout or connection failure.</param>
/// <param name="Delivered">Whether an attempt got a 2xx.</param>
/// <param name="Replay">Whether this was a replay from the admin API.</param>
public sealed record DeliveryRecord(
    long Id, string Psa, string Kind, string Url, string Body, IReadOnlyDictionary<string, string> Headers,
    DateTime Queued, IReadOnlyList<int> Attempts, bool Delivered, bool Replay);
