namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtUserDefinedField
{
    public string Name { get; set; } = "";

    public string? Value { get; set; }
}
