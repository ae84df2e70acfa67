namespace Smooch.Client.Models
{
    /// <summary>A v2 app (parent of app keys and integrations).</summary>
    public sealed class App
    {
        public string AppId { get; set; } = string.Empty;

        public string? DisplayName { get; set; }

        public override string ToString() => $"App {AppId} ({DisplayName})";
    }
}
