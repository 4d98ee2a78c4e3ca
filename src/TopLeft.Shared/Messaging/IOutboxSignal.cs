namespace TopLeft.Shared.Messaging;

/// <summary>Wakes the outbox dispatcher right after a commit, so events do not wait for the next poll.</summary>
public interface IOutboxSignal
{
    /// <summary>Asks the dispatcher to run now.</summary>
    void Notify();
}
