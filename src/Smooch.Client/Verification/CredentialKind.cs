namespace Smooch.Client.Verification;

/// <summary>The kinds of credential a session can hold, as <see cref="CredentialCheckResult.Kind"/> names them.</summary>
public static class CredentialKind
{
    /// <summary>A user-account key (act_): account scope.</summary>
    public const string AccountKey = "AccountKey";

    /// <summary>A v1.1 service-account key (svc_): account scope, limited to the apps its service account can access.</summary>
    public const string ServiceAccountKey = "ServiceAccountKey";

    /// <summary>A v2 app key (app_): app scope, its own app only.</summary>
    public const string AppKey = "AppKey";

    /// <summary>A v2 custom integration key (int_): integration scope.</summary>
    public const string IntegrationKey = "IntegrationKey";

    /// <summary>A Sunshine key whose id has none of the known prefixes.</summary>
    public const string UnknownKey = "UnknownKey";

    /// <summary>An organization service-account credential (client id + client secret).</summary>
    public const string OrganizationCredential = "OrganizationCredential";

    /// <summary>A bearer token given as is (Sunshine JWT or organization access token).</summary>
    public const string BearerToken = "BearerToken";
}
