using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Smooch.Client.Families.Wire
{
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

    internal sealed class V2AppList
    {
        [JsonPropertyName("apps")]
        public List<V2App>? Apps { get; set; }

        [JsonPropertyName("meta")]
        public V2Meta? Meta { get; set; }
    }

    internal sealed class V2IntegrationList
    {
        [JsonPropertyName("integrations")]
        public List<V2Integration>? Integrations { get; set; }

        [JsonPropertyName("meta")]
        public V2Meta? Meta { get; set; }
    }
}
