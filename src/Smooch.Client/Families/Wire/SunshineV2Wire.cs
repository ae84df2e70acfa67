using System.Security;
using System.Text.Json.Serialization;
using Smooch.Client.Json;

namespace Smooch.Client.Families.Wire;

/// <summary>A v2 app or integration key as read by list and get. The API sends its secret there too; having no
/// property for it, the parser skips it, so a listed secret never becomes a string in this process.</summary>
internal class V2Key
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("displayName")]
    public string? DisplayName { get; set; }
}

/// <summary>The key returned by create: the one read that keeps the secret.</summary>
internal sealed class V2CreatedKey : V2Key
{
    [JsonPropertyName("secret")]
    [JsonConverter(typeof(SecureStringConverter))]
    public SecureString? Secret { get; set; }

    [JsonIgnore]
    public CreatedKeyFields Fields => new CreatedKeyFields(Id, DisplayName, Secret);
}

internal sealed class V2KeyCreateBody
{
    [JsonPropertyName("displayName")]
    public string DisplayName { get; set; } = string.Empty;
}
