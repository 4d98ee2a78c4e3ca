using System.Text.Json.Serialization;

namespace TopLeft.PsaSimulator.Data;

/// <summary>Any stored record: both PSAs key every entity by an integer id.</summary>
internal abstract class Entity
{
    [JsonPropertyOrder(-100)]
    public int Id { get; set; }
}
