using System;
using System.Collections.Generic;
using System.Net;
using System.Security;
using Smooch.Client;
using Smooch.Client.Authentication;

namespace Smooch.PowerShell.Common;

/// <summary>
/// Turns Connect-Smooch's parameters (or, without credentials, the SMOOCH_* environment variables) into the
/// options of one session per API. Every problem is an ArgumentException naming the parameter or variable;
/// nothing here prompts or sends a request.
/// </summary>
internal static class ConnectionPlanner
{
    public const string KeyIdVariable = "SMOOCH_KEY_ID";
    public const string SecretVariable = "SMOOCH_SECRET";
    public const string BaseUriVariable = "SMOOCH_BASE_URI";
    public const string OrganizationBaseUriVariable = "SMOOCH_ORGANIZATION_BASE_URI";
    public const string ClientIdVariable = "SMOOCH_CLIENT_ID";
    public const string ClientSecretVariable = "SMOOCH_CLIENT_SECRET";

    public static IReadOnlyList<SmoochSessionOptions> Plan(ConnectionRequest request, Func<string, string?> environment)
    {
        int locations = (request.Region is null ? 0 : 1) + (request.Subdomain is null ? 0 : 1) + (request.BaseUri is null ? 0 : 1);
        if (locations > 1)
        {
            throw new ArgumentException("Use only one of -Region, -Subdomain and -BaseUri.", request.BaseUri is null ? "Subdomain" : "BaseUri");
        }

        if (request.ProxyCredential is not null && request.Proxy is null)
        {
            throw new ArgumentException("-ProxyCredential needs -Proxy (the proxy's address).", "ProxyCredential");
        }

        if (request.FromEnvironment)
        {
            return PlanFromEnvironment(request, environment);
        }

        if (request.AccessToken is not null)
        {
            return new[] { Options(new BearerTokenAuthenticator(request.AccessToken, request.AccessTokenApi), request, null) };
        }

        if (request.ClientId is not null)
        {
            return new[] { Options(ClientCredentials(request.ClientId, request.ClientSecret, "ClientCredential"), request, null) };
        }

        return new[] { Options(SunshineKey(request.KeyId, request.Secret, request.AuthMode, "KeyId", "Secret"), request, null) };
    }

    private static IReadOnlyList<SmoochSessionOptions> PlanFromEnvironment(ConnectionRequest request, Func<string, string?> environment)
    {
        string? keyId = Value(environment, KeyIdVariable);
        string? secret = Value(environment, SecretVariable);
        string? clientId = Value(environment, ClientIdVariable);
        string? clientSecret = Value(environment, ClientSecretVariable);
        RequireBoth(keyId, KeyIdVariable, secret, SecretVariable);
        RequireBoth(clientId, ClientIdVariable, clientSecret, ClientSecretVariable);
        if (keyId is null && clientId is null)
        {
            throw new ArgumentException(
                $"Connect-Smooch without credentials reads {KeyIdVariable} and {SecretVariable} (Sunshine Conversations) or {ClientIdVariable} and {ClientSecretVariable} (organization API), and none of them is set. Set them, or pass -Credential, -KeyId with -Secret, -AccessToken or -ClientCredential.",
                KeyIdVariable);
        }

        Uri? sunshineBase = UriFrom(environment, BaseUriVariable);
        Uri? organizationBase = UriFrom(environment, OrganizationBaseUriVariable) ?? sunshineBase;
        var plans = new List<SmoochSessionOptions>();
        if (keyId is not null)
        {
            plans.Add(Options(SunshineKey(keyId, Secrets.Protect(secret!), request.AuthMode, KeyIdVariable, SecretVariable), request, sunshineBase));
        }

        if (clientId is not null)
        {
            plans.Add(Options(ClientCredentials(clientId, Secrets.Protect(clientSecret!), ClientIdVariable), request, organizationBase));
        }

        return plans;
    }

    private static SmoochAuthenticator SunshineKey(string? keyId, SecureString? secret, string authMode, string keyParameter, string secretParameter)
    {
        if (string.IsNullOrWhiteSpace(keyId))
        {
            throw new ArgumentException("The key id is empty; give the key id (act_..., svc_... or app_...) as the user name.", keyParameter);
        }

        if (Secrets.IsEmpty(secret))
        {
            throw new ArgumentException($"The secret of key {keyId} is empty.", secretParameter);
        }

        return string.Equals(authMode, "Jwt", StringComparison.OrdinalIgnoreCase)
            ? new JwtKeyAuthenticator(keyId!.Trim(), secret!)
            : new BasicKeyAuthenticator(keyId!.Trim(), secret!);
    }

    private static SmoochAuthenticator ClientCredentials(string? clientId, SecureString? clientSecret, string parameter)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("The client id is empty; give the credential's client id as the user name.", parameter);
        }

        if (Secrets.IsEmpty(clientSecret))
        {
            throw new ArgumentException($"The client secret of client {clientId} is empty.", parameter);
        }

        return new ClientCredentialsAuthenticator(clientId!.Trim(), clientSecret!);
    }

    private static SmoochSessionOptions Options(SmoochAuthenticator authenticator, ConnectionRequest request, Uri? environmentBase)
    {
        var options = new SmoochSessionOptions
        {
            Authenticator = authenticator,
            BaseAddress = BaseAddress(request, authenticator.Api) ?? environmentBase,
            HostDescription = request.HostDescription,
            Log = RequestLogRouter.Instance,
        };
        if (request.TimeoutSec.HasValue)
        {
            // -TimeoutSec is what a caller waits at most for one cmdlet request, retries and rate-limit waits included.
            options.Timeout = TimeSpan.FromSeconds(request.TimeoutSec.Value);
            options.TotalTimeout = options.Timeout;
        }

        if (request.MaxRetries.HasValue)
        {
            options.Retry.MaxRetries = request.MaxRetries.Value;
        }

        if (request.Proxy is not null)
        {
            options.Proxy = new WebProxy(request.Proxy) { Credentials = request.ProxyCredential };
        }

        if (options.BaseAddress is not null)
        {
            options.BaseAddress = SmoochEndpoints.Validate(options.BaseAddress, request.BaseUri is null ? BaseUriVariable : "BaseUri");
        }

        return options;
    }

    private static Uri? BaseAddress(ConnectionRequest request, SmoochApi api)
    {
        if (request.BaseUri is not null)
        {
            return request.BaseUri;
        }

        if (api == SmoochApi.Organization && (request.Region is not null || request.Subdomain is not null))
        {
            throw new ArgumentException("-Region and -Subdomain choose a Sunshine Conversations host; the organization API takes -BaseUri only.", request.Region is null ? "Subdomain" : "Region");
        }

        if (request.Subdomain is not null)
        {
            try
            {
                return SmoochEndpoints.ForZendeskSubdomain(request.Subdomain);
            }
            catch (ArgumentException invalid)
            {
                throw new ArgumentException(ErrorRecords.WithoutParameterSuffix(invalid), "Subdomain");
            }
        }

        // ValidateSet ignores case, so -Region binds as typed: eu, Eu and EU are all the EU.
        if (request.Region is null)
        {
            return null;
        }

        return string.Equals(request.Region, "EU", StringComparison.OrdinalIgnoreCase) ? SmoochEndpoints.EuropeanUnion : SmoochEndpoints.UnitedStates;
    }

    private static string? Value(Func<string, string?> environment, string name)
    {
        string? value = environment(name);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static Uri? UriFrom(Func<string, string?> environment, string name)
    {
        string? value = Value(environment, name);
        if (value is null)
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out Uri? uri))
        {
            throw new ArgumentException($"{name} is not an absolute URI: '{value}'.", name);
        }

        return uri;
    }

    private static void RequireBoth(string? first, string firstName, string? second, string secondName)
    {
        if (first is not null && second is null)
        {
            throw new ArgumentException($"{firstName} is set but {secondName} is not; set both or neither.", secondName);
        }

        if (first is null && second is not null)
        {
            throw new ArgumentException($"{secondName} is set but {firstName} is not; set both or neither.", firstName);
        }
    }
}
