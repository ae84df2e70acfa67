using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Smooch.Emulator;

namespace Smooch.Emulator.Tests.Support;

/// <summary>A fresh emulator per test class instance (xunit creates one per test), with clients for each auth style.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected SmoochEmulator Emulator { get; private set; } = null!;
    protected HttpClient Account { get; private set; } = null!;
    protected HttpClient Anonymous { get; private set; } = null!;

    protected virtual EmulatorOptions CreateOptions() => new() { Organizations = { new OrganizationSeed("org-one", "acme"), new OrganizationSeed("org-two") } };

    public async Task InitializeAsync()
    {
        Emulator = await SmoochEmulator.StartAsync(CreateOptions());
        Account = Basic(Emulator.AccountKeyId, Emulator.AccountSecret);
        Anonymous = NewClient();
    }

    public async Task DisposeAsync()
    {
        Account.Dispose();
        Anonymous.Dispose();
        await Emulator.DisposeAsync();
    }

    protected HttpClient NewClient() => new() { BaseAddress = Emulator.BaseAddress };

    protected HttpClient Basic(string user, string password)
    {
        HttpClient client = NewClient();
        client.DefaultRequestHeaders.Authorization = Http.BasicAuth(user, password);
        return client;
    }

    protected HttpClient Bearer(string token)
    {
        HttpClient client = NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected SeededApp App => Emulator.Apps[0];
    protected SeededOrganization OrgOne => Emulator.Organizations[0];
    protected SeededOrganization OrgTwo => Emulator.Organizations[1];
}
