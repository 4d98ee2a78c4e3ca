namespace TopLeft.PsaSimulator.Delivery;

/// <summary>The last outbound deliveries, for tests, the admin API and replays.</summary>
internal sealed class DeliveryLog
{
    private const int Capacity = 5_000;
    private readonly Lock sync = new();
    private readonly LinkedList<DeliveryRecord> records = new();
    private readonly Dictionary<long, OutboundDelivery> originals = [];
    private long sequence;

    public long Add(OutboundDelivery delivery, DateTime queued)
    {
        lock (sync)
        {
            var id = ++sequence;
            records.AddLast(new DeliveryRecord(id, delivery.Psa.ToString(), delivery.Kind, delivery.Url,
                System.Text.Encoding.UTF8.GetString(delivery.Body), delivery.Headers, queued, [], false, delivery.Replay));
            originals[id] = delivery;
            while (records.Count > Capacity)
            {
                originals.Remove(records.First!.Value.Id);
                records.RemoveFirst();
            }

            return id;
        }
    }

    public void Attempted(long id, int status, bool delivered)
    {
        lock (sync)
        {
            for (var node = records.Last; node is not null; node = node.Previous)
            {
                if (node.Value.Id == id)
                {
                    node.Value = node.Value with { Attempts = [.. node.Value.Attempts, status], Delivered = node.Value.Delivered || delivered };
                    return;
                }
            }
        }
    }

    public IReadOnlyList<DeliveryRecord> Snapshot()
    {
        lock (sync)
        {
            return [.. records];
        }
    }

    public OutboundDelivery? Original(long id)
    {
        lock (sync)
        {
            return originals.GetValueOrDefault(id);
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            records.Clear();
            originals.Clear();
        }
    }
}
