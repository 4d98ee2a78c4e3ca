namespace TopLeft.PsaSimulator.Autotask.Model;

internal sealed class AtResourceServiceDeskRole : AtEntity
{
    public int ResourceID { get; set; }

    public int RoleID { get; set; }

    public bool IsDefault { get; set; }

    public bool IsActive { get; set; } = true;

    public override void Touch(DateTime now, int actorResourceId, bool created)
    {
    }
}
