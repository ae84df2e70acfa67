using System;
using System.Collections.Generic;
using System.Threading;
using Smooch.Emulator.Control;
using Smooch.Emulator.Hosting;
using Smooch.Emulator.State;

namespace Smooch.Emulator;

/// <summary>In-process control of a running emulator: the same features as the /_emulator HTTP endpoints.</summary>
public sealed class EmulatorControl
{
    private readonly EmulatorRuntime _runtime;

    internal EmulatorControl(EmulatorRuntime runtime) => _runtime = runtime;

    public void AddFault(FaultRule rule) => _runtime.Faults.Add(rule);

    public void ClearFaults() => _runtime.Faults.Clear();

    /// <summary>Snapshot of the API requests so far, in arrival order (control requests are not recorded).</summary>
    public IReadOnlyList<JournalEntry> Journal => _runtime.Journal.Snapshot();

    public void ClearJournal() => _runtime.Journal.Clear();

    /// <summary>Data back to the state right after start (seeded or loaded); faults and journal cleared; latency back to the option; no activation delay.</summary>
    public void Reset()
    {
        lock (_runtime.Store.Gate)
        {
            _runtime.Store.ActivationDelay = TimeSpan.Zero;   // first, so the restored keys authenticate at once
            if (_runtime.Baseline is { } baseline)
            {
                StateMapper.Restore(_runtime.Store, baseline);
            }
        }
        _runtime.Faults.Clear();
        _runtime.Journal.Clear();
        _runtime.Latency = _runtime.Options.Latency;
        _runtime.Concurrency.Reset();
    }

    public TimeSpan Latency
    {
        get => _runtime.Latency;
        set => _runtime.Latency = value;
    }

    /// <summary>
    /// How long keys and credentials created from now on take to start authenticating: until then Sunshine answers 401
    /// and the token endpoint invalid_client, as for a wrong secret. Zero (the default, and after <see cref="Reset"/>): at once.
    /// </summary>
    public TimeSpan ActivationDelay
    {
        get
        {
            lock (_runtime.Store.Gate)
            {
                return _runtime.Store.ActivationDelay;
            }
        }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_runtime.Store.Gate)
            {
                _runtime.Store.ActivationDelay = value;
            }
        }
    }

    /// <summary>High-water mark of API requests in flight since the last <see cref="ResetConcurrency"/>.</summary>
    public int MaxConcurrentRequests => _runtime.Concurrency.Max;

    public void ResetConcurrency() => _runtime.Concurrency.Reset();

    /// <summary>
    /// Waits until no API request is in flight (each one finished and journaled), or <paramref name="timeout"/> passes;
    /// true when idle. Call before <see cref="Reset"/> so a request a client abandoned (its abort noticed late) cannot
    /// land in the next test's journal.
    /// </summary>
    public bool WaitUntilIdle(TimeSpan timeout) => SpinWait.SpinUntil(() => _runtime.Concurrency.InFlight == 0, timeout);

    /// <summary>Adds v1.1 service accounts; returns their ids in creation order.</summary>
    public IReadOnlyList<string> SeedServiceAccounts(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_runtime.Store.Gate)
        {
            return Seeder.SeedServiceAccounts(_runtime.Store, count);
        }
    }

    /// <summary>Adds credentials to an organization service account; returns their ids in creation order.</summary>
    public IReadOnlyList<string> SeedOrganizationCredentials(string organizationId, string serviceAccountId, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_runtime.Store.Gate)
        {
            return Seeder.SeedCredentials(_runtime.Store, organizationId, serviceAccountId, count);
        }
    }

    public IReadOnlyList<SeededApp> SeedApps(int count, int customIntegrationsPerApp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(customIntegrationsPerApp);
        lock (_runtime.Store.Gate)
        {
            return Seeder.SeedApps(_runtime.Store, count, customIntegrationsPerApp);
        }
    }

    /// <summary>Creates a secret key for a v1.1 service account (handy for svc_ auth tests).</summary>
    public (string KeyId, string Secret) CreateServiceAccountKey(string serviceAccountId, string name)
    {
        lock (_runtime.Store.Gate)
        {
            ServiceAccount sa = _runtime.Store.ServiceAccounts.Find(serviceAccountId)
                ?? throw new ArgumentException($"Unknown service account '{serviceAccountId}'.", nameof(serviceAccountId));
            ApiKey key = _runtime.Store.AddServiceAccountKey(sa, name);
            return (key.Id, key.Secret);
        }
    }

    /// <summary>Gives a v1.1 service account access to an app (as if its key had created the app).</summary>
    public void GrantAppAccess(string serviceAccountId, string appId)
    {
        lock (_runtime.Store.Gate)
        {
            if (_runtime.Store.ServiceAccounts.Find(serviceAccountId) is null)
            {
                throw new ArgumentException($"Unknown service account '{serviceAccountId}'.", nameof(serviceAccountId));
            }

            App app = _runtime.Store.Apps.Find(appId) ?? throw new ArgumentException($"Unknown app '{appId}'.", nameof(appId));
            app.ServiceAccountIds.Add(serviceAccountId);
            _runtime.Store.MarkChanged();
        }
    }
}
