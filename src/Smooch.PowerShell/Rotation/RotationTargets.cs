using System;
using System.Collections.Generic;
using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;
using C = Smooch.Client.Models;

namespace Smooch.PowerShell.Rotation;

/// <summary>
/// Reads a piped credential into a <see cref="RotationTarget"/>. The kind is decided by the object's type name
/// (Smooch.AppKey, ..., also deserialized or a Rotated* that derives from it), never by which properties it happens
/// to have, so an integration key (which also has AppId and KeyId) is never taken for an app key.
/// </summary>
internal static class RotationTargets
{
    private const string Parameter = "InputObject";
    private const string Deserialized = "Deserialized.";

    private static readonly IReadOnlyList<(string TypeName, string ClrName, Func<PSObject, RotationTarget> Read)> s_kinds = new (string, string, Func<PSObject, RotationTarget>)[]
    {
        ("Smooch.ServiceAccountKey", typeof(ServiceAccountKey).FullName!, ServiceAccountKeyOf),
        ("Smooch.AppKey", typeof(AppKey).FullName!, AppKeyOf),
        ("Smooch.IntegrationKey", typeof(IntegrationKey).FullName!, IntegrationKeyOf),
        ("Smooch.OrganizationCredential", typeof(OrganizationCredential).FullName!, OrganizationCredentialOf),
    };

    /// <summary>The target of <paramref name="input"/>; an <see cref="ArgumentException"/> of -InputObject for anything else.</summary>
    public static RotationTarget From(PSObject input)
    {
        foreach (string typeName in input.TypeNames)
        {
            string name = typeName.StartsWith(Deserialized, StringComparison.Ordinal) ? typeName.Substring(Deserialized.Length) : typeName;
            foreach (var kind in s_kinds)
            {
                if (name == kind.TypeName || name == kind.ClrName)
                {
                    return kind.Read(input);
                }
            }
        }

        throw new ArgumentException(
            $"{Parameter} must be a credential as Get-SmoochServiceAccountKey, Get-SmoochAppKey, Get-SmoochIntegrationKey or Get-SmoochOrganizationCredential emit it; a {input.TypeNames[0]} cannot be rotated.",
            Parameter);
    }

    private static RotationTarget ServiceAccountKeyOf(PSObject input)
    {
        string account = Text(input, "ServiceAccountId", "service-account key");
        string keyId = Text(input, "KeyId", "service-account key");
        string name = Text(input, "Name", "service-account key");
        return new RotationTarget(SmoochApi.Sunshine, "service-account key", keyId, null, name, $"service account {account}",
            async (session, ct) =>
            {
                C.CreatedServiceAccountKey created = await session.ServiceAccounts.CreateKeyAsync(account, name, ct).ConfigureAwait(false);
                return new Replacement(created.KeyId, created.KeyId, created.Secret, created.ResponseIncomplete, facts => ModelMap.Created(
                    new RotatedServiceAccountKey { OldKeyId = keyId, Verification = facts.Verification, OldRemoved = facts.OldRemoved },
                    created,
                    facts.AsPlainText));
            },
            (session, id, ct) => session.ServiceAccounts.DeleteKeyAsync(account, id, ct),
            id => $"Remove-SmoochServiceAccountKey -ServiceAccountId {account} -KeyId {id}",
            $"Get-SmoochServiceAccountKey -ServiceAccountId {account} -Name {Quoted(name)}");
    }

    private static RotationTarget AppKeyOf(PSObject input)
    {
        string app = Text(input, "AppId", "app key");
        string keyId = Text(input, "KeyId", "app key");
        string name = Text(input, "DisplayName", "app key");
        return new RotationTarget(SmoochApi.Sunshine, "app key", keyId, null, name, $"app {app}",
            async (session, ct) =>
            {
                C.CreatedAppKey created = await session.AppKeys.CreateAsync(app, name, ct).ConfigureAwait(false);
                return new Replacement(created.KeyId, created.KeyId, created.Secret, created.ResponseIncomplete, facts => ModelMap.Created(
                    new RotatedAppKey { OldKeyId = keyId, Verification = facts.Verification, OldRemoved = facts.OldRemoved },
                    created,
                    facts.AsPlainText));
            },
            (session, id, ct) => session.AppKeys.DeleteAsync(app, id, ct),
            id => $"Remove-SmoochAppKey -AppId {app} -KeyId {id}",
            $"Get-SmoochAppKey -AppId {app} -DisplayName {Quoted(name)}",
            checkAppId: app);
    }

    private static RotationTarget IntegrationKeyOf(PSObject input)
    {
        string app = Text(input, "AppId", "integration key");
        string integration = Text(input, "IntegrationId", "integration key");
        string keyId = Text(input, "KeyId", "integration key");
        string name = Text(input, "DisplayName", "integration key");
        return new RotationTarget(SmoochApi.Sunshine, "integration key", keyId, null, name, $"integration {integration} of app {app}",
            async (session, ct) =>
            {
                C.CreatedIntegrationKey created = await session.IntegrationKeys.CreateAsync(app, integration, name, ct).ConfigureAwait(false);
                return new Replacement(created.KeyId, created.KeyId, created.Secret, created.ResponseIncomplete, facts => ModelMap.Created(
                    new RotatedIntegrationKey { OldKeyId = keyId, Verification = facts.Verification, OldRemoved = facts.OldRemoved },
                    created,
                    facts.AsPlainText));
            },
            (session, id, ct) => session.IntegrationKeys.DeleteAsync(app, integration, id, ct),
            id => $"Remove-SmoochIntegrationKey -AppId {app} -IntegrationId {integration} -KeyId {id}",
            $"Get-SmoochIntegrationKey -AppId {app} -IntegrationId {integration} -DisplayName {Quoted(name)}");
    }

    private static RotationTarget OrganizationCredentialOf(PSObject input)
    {
        string organization = Text(input, "OrganizationId", "organization credential");
        string account = Text(input, "ServiceAccountId", "organization credential");
        string credentialId = Text(input, "CredentialId", "organization credential");
        string clientId = Text(input, "ClientId", "organization credential");
        string name = Text(input, "Name", "organization credential");
        string? description = input.Properties["Description"]?.Value as string;
        return new RotationTarget(SmoochApi.Organization, "organization credential", credentialId, clientId, name, $"service account {account} (organization {organization})",
            async (session, ct) =>
            {
                C.CreatedOrganizationCredential created = await session.Organization.CreateCredentialAsync(organization, account, name, description, ct).ConfigureAwait(false);
                return new Replacement(created.CredentialId, created.ClientId, created.ClientSecret, created.ResponseIncomplete, facts => ModelMap.Created(
                    new RotatedOrganizationCredential { OldCredentialId = credentialId, OldClientId = clientId, Verification = facts.Verification, OldRemoved = facts.OldRemoved },
                    created,
                    facts.AsPlainText));
            },
            (session, id, ct) => session.Organization.DeleteCredentialAsync(organization, account, id, ct),
            id => $"Remove-SmoochOrganizationCredential -OrganizationId {organization} -ServiceAccountId {account} -CredentialId {id}",
            $"Get-SmoochOrganizationCredential -OrganizationId {organization} -ServiceAccountId {account} -Name {Quoted(name)}");
    }

    /// <summary>A property the rotation needs; missing, $null or empty is bad input of -InputObject.</summary>
    private static string Text(PSObject input, string property, string noun)
    {
        if (input.Properties[property]?.Value is string text && text.Length > 0)
        {
            return text;
        }

        throw new ArgumentException(
            $"{Parameter} has no {property}, which the replacement of this {noun} needs. Pipe the credential as its Get cmdlet emits it.",
            Parameter);
    }

    private static string Quoted(string text) => "'" + text.Replace("'", "''") + "'";
}
