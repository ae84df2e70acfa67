using System;
using System.Collections.Generic;

namespace Smooch.Emulator.State;

internal enum KeyKind { Account, ServiceAccount, App, Integration }

/// <summary>Any Sunshine API key (act_/svc_/app_/int_) with its owner ids; the auth index holds these.</summary>
internal sealed class ApiKey(string id, KeyKind kind, string name, string secret) : IHasId
{
    public string Id { get; } = id;
    public KeyKind Kind { get; } = kind;
    public string Name { get; set; } = name;
    public string Secret { get; } = secret;
    public string? ServiceAccountId { get; init; }
    public string? AppId { get; init; }
    public string? IntegrationId { get; init; }
    /// <summary>Until then the key is refused as if its secret were wrong (see <see cref="EmulatorStore.ActivationDelay"/>).</summary>
    public DateTimeOffset ActiveFrom { get; set; }
}

internal sealed class ServiceAccount(string id, string name) : IHasId
{
    public string Id { get; } = id;
    public string Name { get; set; } = name;
    public OrderedTable<ApiKey> Keys { get; } = new();
}

internal sealed class App(string id, string displayName) : IHasId
{
    public string Id { get; } = id;
    public string DisplayName { get; set; } = displayName;
    public OrderedTable<ApiKey> Keys { get; } = new();
    public OrderedTable<Integration> Integrations { get; } = new();
    /// <summary>Service accounts that can access this app (those whose key created it).</summary>
    public HashSet<string> ServiceAccountIds { get; } = new();
}

internal sealed class Integration(string id, string type, string? displayName) : IHasId
{
    public string Id { get; } = id;
    public string Type { get; } = type;
    public string? DisplayName { get; set; } = displayName;
    public string? WebhookId { get; init; }
    public string? WebhookTarget { get; init; }
    public List<string> WebhookTriggers { get; init; } = new();
    public OrderedTable<ApiKey> Keys { get; } = new();
    public bool IsCustom => Type == "custom";
}
