using System;
using System.Collections.Generic;
using System.Security;
using System.Text.Json;
using System.Text.Json.Serialization;
using Smooch.Client.Json;

namespace Smooch.Client.Families.Wire;

internal sealed class OrgServiceAccount
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("updated_at")]
    public DateTimeOffset? UpdatedAt { get; set; }

    [JsonPropertyName("permissions")]
    public JsonElement? Permissions { get; set; }
}

internal sealed class OrgCredential
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("client_id")]
    public string? ClientId { get; set; }

    [JsonPropertyName("client_secret")]
    [JsonConverter(typeof(SecureStringConverter))]
    public SecureString? ClientSecret { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }

    [JsonPropertyName("created_at")]
    public DateTimeOffset? CreatedAt { get; set; }

    [JsonPropertyName("last_used_at")]
    public DateTimeOffset? LastUsedAt { get; set; }

    [JsonPropertyName("permissions")]
    public JsonElement? Permissions { get; set; }
}

internal sealed class OrgPageInfo
{
    [JsonPropertyName("has_next_page")]
    public bool? HasNextPage { get; set; }

    [JsonPropertyName("end_cursor")]
    public string? EndCursor { get; set; }
}

internal sealed class OrgList<T>
{
    [JsonPropertyName("items")]
    public List<T>? Items { get; set; }

    [JsonPropertyName("page_info")]
    public OrgPageInfo? PageInfo { get; set; }
}

internal sealed class OrgWriteBody
{
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("description")]
    public string? Description { get; set; }
}
