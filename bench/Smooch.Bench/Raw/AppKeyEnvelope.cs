using System;
using System.Text.Json.Serialization;
using Smooch.Client.Models;

namespace Smooch.Bench.Raw;

/// <summary>The {"key": {"id", "displayName"}} body of "get app key", as both hand-rolled baselines deserialize it.</summary>
internal sealed class AppKeyEnvelope
{
    [JsonPropertyName("key")]
    public WireKey? Key { get; set; }

    public AppKey ToAppKey(string appId)
    {
        var key = Key ?? throw new InvalidOperationException("no key in the response");
        return new AppKey { AppId = appId, KeyId = key.Id ?? string.Empty, DisplayName = key.DisplayName };
    }

    internal sealed class WireKey
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("displayName")]
        public string? DisplayName { get; set; }
    }
}
