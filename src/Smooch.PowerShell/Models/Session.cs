using System;
using Smooch.Client;

namespace Smooch.PowerShell.Models;

/// <summary>
/// A connection made by Connect-Smooch: where it goes, which API and how it authenticates.
/// It never exposes a secret; the client session it wraps holds the key as SecureString.
/// </summary>
[SmoochTypeName("Smooch.Session")]
public sealed class Session
{
    internal Session(SmoochSession client)
    {
        Client = client;
        ConnectedAt = DateTimeOffset.Now;
    }

    public SmoochApi Api => Client.Api;

    public Uri BaseAddress => Client.BaseAddress;

    public string AuthMode => Client.AuthMode;

    public string? KeyId => Client.KeyId;

    public int TimeoutSec => (int)(Client.Options.TotalTimeout ?? Client.Options.Timeout).TotalSeconds;

    public int MaxRetries => Client.Options.Retry.MaxRetries;

    public DateTimeOffset ConnectedAt { get; }

    /// <summary>False after Disconnect-Smooch closed it.</summary>
    public bool IsConnected { get; private set; } = true;

    internal SmoochSession Client { get; }

    /// <summary>True once the user holds it (Connect-Smooch -PassThru, Get-SmoochSession): then only Disconnect-Smooch closes it.</summary>
    internal bool HandedOut { get; set; }

    internal void Close()
    {
        if (IsConnected)
        {
            IsConnected = false;
            Client.Dispose();
        }
    }

    public override string ToString() => $"{Api} {BaseAddress} ({AuthMode}{(KeyId is null ? string.Empty : " " + KeyId)})";
}
