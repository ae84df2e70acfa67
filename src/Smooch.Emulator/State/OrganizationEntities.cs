using System;

namespace Smooch.Emulator.State;

/// <summary>What a Organization PATCH can change: a service account's or a credential's name and description.</summary>
internal interface IOrganizationNamed
{
    string Name { get; set; }
    string? Description { get; set; }
}

internal sealed class Organization(string id, string? label) : IHasId
{
    public string Id { get; } = id;
    public string? Label { get; } = label;
    public OrderedTable<OrgServiceAccount> ServiceAccounts { get; } = new();
}

internal sealed class OrgServiceAccount(string id, string organizationId, string name, string? description, DateTimeOffset createdAt) : IHasId, IOrganizationNamed
{
    public string Id { get; } = id;
    public string OrganizationId { get; } = organizationId;
    public string Name { get; set; } = name;
    public string? Description { get; set; } = description;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset UpdatedAt { get; set; } = createdAt;
    public OrderedTable<OrgCredential> Credentials { get; } = new();
}

internal sealed class OrgCredential(string id, string organizationId, string serviceAccountId, string clientId, string clientSecret,
    string name, string? description, DateTimeOffset createdAt) : IHasId, IOrganizationNamed
{
    public string Id { get; } = id;
    public string OrganizationId { get; } = organizationId;
    public string ServiceAccountId { get; } = serviceAccountId;
    public string ClientId { get; } = clientId;
    public string ClientSecret { get; } = clientSecret;
    public string Name { get; set; } = name;
    public string? Description { get; set; } = description;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public DateTimeOffset? LastUsedAt { get; set; }
    /// <summary>Until then the token endpoint refuses the credential as if its secret were wrong (see <see cref="EmulatorStore.ActivationDelay"/>).</summary>
    public DateTimeOffset ActiveFrom { get; set; }
}

internal sealed record AccessToken(string Token, string OrganizationId, string ServiceAccountId, string CredentialId, DateTimeOffset ExpiresAt);
