namespace Smooch.Client.Authentication;

/// <summary>The "scope" claim of a Sunshine Conversations JWT.</summary>
public enum JwtScope
{
    /// <summary>"account": signed with a user-account (act_) or service-account (svc_) key.</summary>
    Account,

    /// <summary>"app": signed with an app (app_) key.</summary>
    App,
}
