using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Smooch.Emulator.State;

/// <summary>Everything the emulator keeps across restarts (tokens are not kept: clients fetch new ones on 401).</summary>
internal sealed class StateSnapshot
{
    public int FormatVersion { get; set; } = 1;
    public List<KeyRecord> AccountKeys { get; set; } = new();
    public List<ServiceAccountRecord> ServiceAccounts { get; set; } = new();
    public List<AppRecord> Apps { get; set; } = new();
    public List<OrganizationRecord> Organizations { get; set; } = new();
}

internal sealed class KeyRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Secret { get; set; }
}

internal sealed class ServiceAccountRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public List<KeyRecord> Keys { get; set; } = new();
}

internal sealed class AppRecord
{
    public required string Id { get; set; }
    public required string DisplayName { get; set; }
    public List<string> ServiceAccountIds { get; set; } = new();
    public List<KeyRecord> Keys { get; set; } = new();
    public List<IntegrationRecord> Integrations { get; set; } = new();
}

internal sealed class IntegrationRecord
{
    public required string Id { get; set; }
    public required string Type { get; set; }
    public string? DisplayName { get; set; }
    public string? WebhookId { get; set; }
    public string? WebhookTarget { get; set; }
    public List<string> WebhookTriggers { get; set; } = new();
    public List<KeyRecord> Keys { get; set; } = new();
}

internal sealed class OrganizationRecord
{
    public required string Id { get; set; }
    public string? Label { get; set; }
    public List<OrgServiceAccountRecord> ServiceAccounts { get; set; } = new();
}

internal sealed class OrgServiceAccountRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    public List<CredentialRecord> Credentials { get; set; } = new();
}

internal sealed class CredentialRecord
{
    public required string Id { get; set; }
    public required string ClientId { get; set; }
    public required string ClientSecret { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}

[JsonSourceGenerationOptions(WriteIndented = false, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StateSnapshot))]
internal sealed partial class StateJsonContext : JsonSerializerContext
{
}
