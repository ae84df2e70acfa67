using System.Collections.Generic;
using System.Text.Json.Serialization;
using Smooch.Client.Json;

namespace Smooch.Client.Families.Wire
{
    // Wire shapes shared by v2 app keys and integration keys: {"key":{id,displayName,secret}} and {"keys":[...]}.

    internal sealed class V2Key
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("displayName")]
        public string? DisplayName { get; set; }

        [JsonPropertyName("secret")]
        public string? Secret { get; set; }

        [JsonIgnore]
        public CreatedKeyFields Fields => new CreatedKeyFields(Id, DisplayName, Secret);
    }

    internal sealed class V2KeyEnvelope
    {
        [JsonPropertyName("key")]
        public V2Key? Key { get; set; }
    }

    internal sealed class V2KeyListEnvelope
    {
        [JsonPropertyName("keys")]
        public List<V2Key>? Keys { get; set; }
    }

    internal sealed class V2KeyCreateBody
    {
        [JsonPropertyName("displayName")]
        public string DisplayName { get; set; } = string.Empty;
    }
}
