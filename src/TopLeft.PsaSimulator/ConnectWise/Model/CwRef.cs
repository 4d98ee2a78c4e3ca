namespace TopLeft.PsaSimulator.ConnectWise.Model;

/// <summary>
/// A reference to another record. Clients may send only <c>identifier</c> or <c>name</c>, so an id of 0
/// means "resolve me"; stored references always carry the id.
/// </summary>
internal sealed class CwRef
{
    public int Id { get; set; }

    public string? Identifier { get; set; }

    public string? Name { get; set; }

    public int? Sort { get; set; }
}
