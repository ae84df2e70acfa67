using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Smooch.Client.Families.Wire;

internal sealed class V2App
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }
}

internal sealed class V2Integration
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }
}

internal sealed class V2Meta
{
    [JsonPropertyName("hasMore")]
    public bool? HasMore { get; set; }

    [JsonPropertyName("afterCursor")]
    public string? AfterCursor { get; set; }
}

/// <summary>A page of a v2 cursor-paged list; the items travel under a name of the list's own.</summary>
internal abstract class V2Page
{
    [JsonPropertyName("meta")]
    public V2Meta? Meta { get; set; }
}

internal sealed class V2AppList : V2Page
{
    [JsonPropertyName("apps")]
    public List<V2App>? Apps { get; set; }
}

internal sealed class V2IntegrationList : V2Page
{
    [JsonPropertyName("integrations")]
    public List<V2Integration>? Integrations { get; set; }
}

internal sealed class V2AppEnvelope
{
    [JsonPropertyName("app")]
    public V2App? App { get; set; }
}

internal sealed class V2IntegrationEnvelope
{
    [JsonPropertyName("integration")]
    public V2Integration? Integration { get; set; }
}
