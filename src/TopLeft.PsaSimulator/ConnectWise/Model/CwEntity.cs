using System.Text.Json.Serialization;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.ConnectWise.Model;

internal abstract class CwEntity : Entity
{
    [JsonPropertyName("_info")]
    [JsonPropertyOrder(100)]
    public CwInfo Info { get; set; } = new();
}
