namespace Smooch.Client;

/// <summary>Which service a session talks to; decided by the authenticator.</summary>
public enum SmoochApi
{
    /// <summary>Sunshine Conversations (v1.1 service accounts, v2 app and integration keys).</summary>
    Sunshine,

    /// <summary>The organization service-account API.</summary>
    Organization,
}
