namespace TopLeft.PsaSimulator.Autotask;

internal sealed class AtLimits(SimulatorState state)
{
    public SimulatorState State { get; } = state;
}
