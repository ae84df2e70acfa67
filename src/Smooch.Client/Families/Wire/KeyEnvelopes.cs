using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Smooch.Client.Families.Wire;

// v1.1 secret keys and v2 app/integration keys travel in the same envelopes: {"key":{...}} and {"keys":[...]}.

internal sealed class KeyEnvelope<TKey>
    where TKey : class
{
    [JsonPropertyName("key")]
    public TKey? Key { get; set; }
}

internal sealed class KeyList<TKey>
    where TKey : class
{
    [JsonPropertyName("keys")]
    public List<TKey>? Keys { get; set; }
}
