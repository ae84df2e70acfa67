using C = Smooch.Client.Models;

namespace Smooch.PowerShell.Models;

/// <summary>Client models to the module's output objects; created secrets become SecureString unless -AsPlainText.</summary>
internal static class ModelMap
{
    public static ServiceAccount From(C.ServiceAccount source) => new ServiceAccount
    {
        ServiceAccountId = source.ServiceAccountId,
        Name = source.Name,
    };

    public static ServiceAccountKey From(C.ServiceAccountKey source) => Fill(new ServiceAccountKey(), source);

    public static ServiceAccountKey From(C.CreatedServiceAccountKey source, bool asPlainText) => Created(new ServiceAccountKey(), source, asPlainText);

    /// <summary>Fills <paramref name="key"/> (a <see cref="ServiceAccountKey"/> or a type derived from it) with a created key and its secret.</summary>
    public static T Created<T>(T key, C.CreatedServiceAccountKey source, bool asPlainText)
        where T : ServiceAccountKey
    {
        Fill(key, source).Secret = Common.Secrets.Emit(source.Secret, asPlainText);
        return key;
    }

    public static ConnectionTest From(Smooch.Client.Verification.CredentialCheckResult source, System.Uri baseAddress) => new ConnectionTest
    {
        Api = source.Api,
        BaseAddress = baseAddress,
        KeyId = source.KeyId,
        ClientId = source.ClientId,
        Kind = source.Kind,
        Checked = source.Checked,
        Authenticated = source.Authenticated,
        Status = source.Status,
        ErrorId = source.ErrorId,
        Message = source.Message,
    };

    public static ServerJwt From(C.ServerJwt source, bool asPlainText) => new ServerJwt
    {
        ServiceAccountId = source.ServiceAccountId,
        KeyId = source.KeyId,
        Token = Common.Secrets.Emit(source.Token, asPlainText),
    };

    public static App From(C.App source) => new App
    {
        AppId = source.AppId,
        DisplayName = source.DisplayName,
    };

    public static Integration From(C.Integration source) => new Integration
    {
        AppId = source.AppId,
        IntegrationId = source.IntegrationId,
        Type = source.Type,
        Status = source.Status,
        DisplayName = source.DisplayName,
    };

    public static AppKey From(C.AppKey source) => Fill(new AppKey(), source);

    public static AppKey From(C.CreatedAppKey source, bool asPlainText) => Created(new AppKey(), source, asPlainText);

    /// <summary>Fills <paramref name="key"/> (an <see cref="AppKey"/> or a type derived from it) with a created key and its secret.</summary>
    public static T Created<T>(T key, C.CreatedAppKey source, bool asPlainText)
        where T : AppKey
    {
        Fill(key, source).Secret = Common.Secrets.Emit(source.Secret, asPlainText);
        return key;
    }

    public static IntegrationKey From(C.IntegrationKey source) => Fill(new IntegrationKey(), source);

    public static IntegrationKey From(C.CreatedIntegrationKey source, bool asPlainText) => Created(new IntegrationKey(), source, asPlainText);

    /// <summary>Fills <paramref name="key"/> (an <see cref="IntegrationKey"/> or a type derived from it) with a created key and its secret.</summary>
    public static T Created<T>(T key, C.CreatedIntegrationKey source, bool asPlainText)
        where T : IntegrationKey
    {
        Fill(key, source).Secret = Common.Secrets.Emit(source.Secret, asPlainText);
        return key;
    }

    public static OrganizationServiceAccount From(C.OrganizationServiceAccount source) => new OrganizationServiceAccount
    {
        OrganizationId = source.OrganizationId,
        ServiceAccountId = source.ServiceAccountId,
        Name = source.Name,
        Description = source.Description,
        CreatedAt = source.CreatedAt,
        UpdatedAt = source.UpdatedAt,
        Permissions = source.Permissions,
    };

    public static OrganizationCredential From(C.OrganizationCredential source) => Fill(new OrganizationCredential(), source);

    public static OrganizationCredential From(C.CreatedOrganizationCredential source, bool asPlainText) => Created(new OrganizationCredential(), source, asPlainText);

    /// <summary>Fills <paramref name="credential"/> (an <see cref="OrganizationCredential"/> or a type derived from it) with a created credential and its secret.</summary>
    public static T Created<T>(T credential, C.CreatedOrganizationCredential source, bool asPlainText)
        where T : OrganizationCredential
    {
        Fill(credential, source).ClientSecret = Common.Secrets.Emit(source.ClientSecret, asPlainText);
        return credential;
    }

    private static T Fill<T>(T key, C.ServiceAccountKey source)
        where T : ServiceAccountKey
    {
        key.ServiceAccountId = source.ServiceAccountId;
        key.KeyId = source.KeyId;
        key.Name = source.Name;
        return key;
    }

    private static T Fill<T>(T key, C.AppKey source)
        where T : AppKey
    {
        key.AppId = source.AppId;
        key.KeyId = source.KeyId;
        key.DisplayName = source.DisplayName;
        return key;
    }

    private static T Fill<T>(T key, C.IntegrationKey source)
        where T : IntegrationKey
    {
        key.AppId = source.AppId;
        key.IntegrationId = source.IntegrationId;
        key.KeyId = source.KeyId;
        key.DisplayName = source.DisplayName;
        return key;
    }

    private static T Fill<T>(T credential, C.OrganizationCredential source)
        where T : OrganizationCredential
    {
        credential.OrganizationId = source.OrganizationId;
        credential.ServiceAccountId = source.ServiceAccountId;
        credential.CredentialId = source.CredentialId;
        credential.ClientId = source.ClientId;
        credential.Name = source.Name;
        credential.Description = source.Description;
        credential.CreatedAt = source.CreatedAt;
        credential.LastUsedAt = source.LastUsedAt;
        credential.Permissions = source.Permissions;
        return credential;
    }
}
