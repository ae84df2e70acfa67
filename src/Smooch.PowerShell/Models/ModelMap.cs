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

    public static ServiceAccountKey From(C.ServiceAccountKey source) => new ServiceAccountKey
    {
        ServiceAccountId = source.ServiceAccountId,
        KeyId = source.KeyId,
        Name = source.Name,
    };

    public static ServiceAccountKey From(C.CreatedServiceAccountKey source, bool asPlainText)
    {
        ServiceAccountKey key = From((C.ServiceAccountKey)source);
        key.Secret = Common.Secrets.Emit(source.Secret, asPlainText);
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

    public static AppKey From(C.AppKey source) => new AppKey
    {
        AppId = source.AppId,
        KeyId = source.KeyId,
        DisplayName = source.DisplayName,
    };

    public static AppKey From(C.CreatedAppKey source, bool asPlainText)
    {
        AppKey key = From((C.AppKey)source);
        key.Secret = Common.Secrets.Emit(source.Secret, asPlainText);
        return key;
    }

    public static IntegrationKey From(C.IntegrationKey source) => new IntegrationKey
    {
        AppId = source.AppId,
        IntegrationId = source.IntegrationId,
        KeyId = source.KeyId,
        DisplayName = source.DisplayName,
    };

    public static IntegrationKey From(C.CreatedIntegrationKey source, bool asPlainText)
    {
        IntegrationKey key = From((C.IntegrationKey)source);
        key.Secret = Common.Secrets.Emit(source.Secret, asPlainText);
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

    public static OrganizationCredential From(C.OrganizationCredential source) => new OrganizationCredential
    {
        OrganizationId = source.OrganizationId,
        ServiceAccountId = source.ServiceAccountId,
        CredentialId = source.CredentialId,
        ClientId = source.ClientId,
        Name = source.Name,
        Description = source.Description,
        CreatedAt = source.CreatedAt,
        LastUsedAt = source.LastUsedAt,
        Permissions = source.Permissions,
    };

    public static OrganizationCredential From(C.CreatedOrganizationCredential source, bool asPlainText)
    {
        OrganizationCredential credential = From((C.OrganizationCredential)source);
        credential.ClientSecret = Common.Secrets.Emit(source.ClientSecret, asPlainText);
        return credential;
    }
}
