namespace Smooch.Client.Models;

/// <summary>A v2 custom integration API key (id int_...); list and get never expose the secret.</summary>
public class IntegrationKey
{
    /// <summary>The id of the app the integration belongs to.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The id of the custom integration the key belongs to.</summary>
    public string IntegrationId { get; set; } = string.Empty;

    /// <summary>The key's id (int_...).</summary>
    public string KeyId { get; set; } = string.Empty;

    /// <summary>The key's display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>"IntegrationKey id (display name)"; never the secret.</summary>
    public override string ToString() => $"IntegrationKey {KeyId} ({DisplayName})";
}
