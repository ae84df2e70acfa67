using System.Collections.Generic;
using System.Security;
using System.Text.Json.Serialization;
using Smooch.Client.Json;

namespace Smooch.Client.Families.Wire;

internal sealed class V11ServiceAccount
{
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

internal sealed class V11ServiceAccountEnvelope
{
    [JsonPropertyName("serviceAccount")]
    public V11ServiceAccount? ServiceAccount { get; set; }
}

internal sealed class V11ServiceAccountList
{
    [JsonPropertyName("serviceAccounts")]
    public List<V11ServiceAccount>? ServiceAccounts { get; set; }

    [JsonPropertyName("hasMore")]
    public bool? HasMore { get; set; }

    [JsonPropertyName("offset")]
    public int? Offset { get; set; }
}

/// <summary>A secret key as read by list and get. The API sends its secret there too; having no property for it,
/// the parser skips it, so a listed secret never becomes a string in this process.</summary>
internal class V11SecretKey
{
    [JsonPropertyName("_id")]
    public string? Id { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }
}

/// <summary>The key returned by create: the one read that keeps the secret.</summary>
internal sealed class V11CreatedSecretKey : V11SecretKey
{
    [JsonPropertyName("secret")]
    [JsonConverter(typeof(SecureStringConverter))]
    public SecureString? Secret { get; set; }

    [JsonIgnore]
    public CreatedKeyFields Fields => new CreatedKeyFields(Id, Name, Secret);
}

internal sealed class V11NameBody
{
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;
}

internal sealed class V11Jwt
{
    [JsonPropertyName("jwt")]
    public string? Jwt { get; set; }
}
