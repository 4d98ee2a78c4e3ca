using TopLeft.PsaSimulator.Delivery;

namespace TopLeft.PsaSimulator.Autotask;

internal sealed class AtWebhookSender(SimulatorState state, DeliverySender sender)
{
    public SimulatorState State { get; } = state;

    public DeliverySender Sender { get; } = sender;
}
