namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtRole : AtEntity
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
