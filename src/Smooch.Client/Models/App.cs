namespace Smooch.Client.Models;

/// <summary>A v2 app (parent of app keys and integrations).</summary>
public sealed class App
{
    /// <summary>The app's id.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The app's display name, when it has one.</summary>
    public string? DisplayName { get; set; }

    /// <summary>"App id (display name)", for logs and debugging.</summary>
    public override string ToString() => $"App {AppId} ({DisplayName})";
}
