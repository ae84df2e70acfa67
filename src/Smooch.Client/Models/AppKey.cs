namespace Smooch.Client.Models;

/// <summary>A v2 app key (id app_...); list and get never expose the secret.</summary>
public class AppKey
{
    /// <summary>The id of the app the key belongs to.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The key's id (app_...).</summary>
    public string KeyId { get; set; } = string.Empty;

    /// <summary>The key's display name.</summary>
    public string? DisplayName { get; set; }

    /// <summary>"AppKey id (display name)"; never the secret.</summary>
    public override string ToString() => $"AppKey {KeyId} ({DisplayName})";
}
