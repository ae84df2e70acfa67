using System.Security;

namespace Smooch.Client.Json;

/// <summary>The three values of a created API key, whichever family's wire type they were read from.</summary>
internal sealed class CreatedKeyFields
{
    public CreatedKeyFields(string? id, string? name, SecureString? secret)
    {
        Id = id;
        Name = name;
        Secret = secret;
    }

    public string? Id { get; }

    public string? Name { get; }

    public SecureString? Secret { get; }
}
