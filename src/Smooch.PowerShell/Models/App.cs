namespace Smooch.PowerShell.Models;

/// <summary>A v2 app, the parent of app keys and integrations; pipes to the key and integration cmdlets by AppId.</summary>
[SmoochTypeName("Smooch.App")]
public class App
{
    public string AppId { get; set; } = string.Empty;

    public string? DisplayName { get; set; }
}
