using System;
using System.Globalization;
using System.Text.Json;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>Organization JSON shapes: ServiceAccount, ServiceAccountCredential and CredentialCreateResponse.</summary>
internal static class OrganizationWire
{
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static void ServiceAccount(Utf8JsonWriter w, OrgServiceAccount sa, bool permissions)
    {
        w.WriteStartObject();
        w.WriteString("id", sa.Id);
        w.WriteString("created_at", Timestamp(sa.CreatedAt));
        w.WriteString("name", sa.Name);
        w.WriteString("updated_at", Timestamp(sa.UpdatedAt));
        if (sa.Description is not null)
        {
            w.WriteString("description", sa.Description);
        }

        if (permissions)
        {
            OrganizationQuery.WritePermissions(w);
        }

        w.WriteEndObject();
    }

    public static void Credential(Utf8JsonWriter w, OrgCredential credential, bool permissions)
    {
        w.WriteStartObject();
        w.WriteString("id", credential.Id);
        w.WriteString("client_id", credential.ClientId);
        w.WriteString("created_at", Timestamp(credential.CreatedAt));
        w.WriteString("name", credential.Name);
        if (credential.Description is not null)
        {
            w.WriteString("description", credential.Description);
        }

        if (credential.LastUsedAt is { } lastUsed)
        {
            w.WriteString("last_used_at", Timestamp(lastUsed));
        }

        if (permissions)
        {
            OrganizationQuery.WritePermissions(w);
        }

        w.WriteEndObject();
    }

    /// <summary>The only shape that carries client_secret; returned once, by create.</summary>
    public static void CreatedCredential(Utf8JsonWriter w, OrgCredential credential)
    {
        w.WriteStartObject();
        w.WriteString("id", credential.Id);
        w.WriteString("client_id", credential.ClientId);
        w.WriteString("client_secret", credential.ClientSecret);
        w.WriteString("created_at", Timestamp(credential.CreatedAt));
        w.WriteString("name", credential.Name);
        if (credential.Description is not null)
        {
            w.WriteString("description", credential.Description);
        }

        w.WriteEndObject();
    }
}
