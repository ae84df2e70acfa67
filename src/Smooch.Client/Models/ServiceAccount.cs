namespace Smooch.Client.Models;

/// <summary>A Sunshine Conversations v1.1 service account.</summary>
public class ServiceAccount
{
    /// <summary>The service account's id.</summary>
    public string ServiceAccountId { get; set; } = string.Empty;

    /// <summary>The service account's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>"ServiceAccount id (name)", for logs and debugging.</summary>
    public override string ToString() => $"ServiceAccount {ServiceAccountId} ({Name})";
}
