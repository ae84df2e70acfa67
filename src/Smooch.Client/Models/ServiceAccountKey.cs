namespace Smooch.Client.Models;

/// <summary>A secret key of a v1.1 service account; list and get never expose the secret.</summary>
public class ServiceAccountKey
{
    /// <summary>The id of the service account the key belongs to.</summary>
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The key's id (act_...).</summary>
    public string KeyId { get; set; } = string.Empty;

    /// <summary>The key's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>"ServiceAccountKey id (name)"; never the secret.</summary>
    public override string ToString() => $"ServiceAccountKey {KeyId} ({Name})";
}
