using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.Autotask.Model;

/// <summary>Autotask entities are flat; each one names its own modification stamp, so each stamps itself.</summary>
internal abstract class AtEntity : Entity
{
    public abstract void Touch(DateTime now, int actorResourceId, bool created);
}
