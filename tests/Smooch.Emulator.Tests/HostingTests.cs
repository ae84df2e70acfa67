using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Smooch.Emulator.Hosting;

namespace Smooch.Emulator.Tests;

public sealed class HostingTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://127.0.0.1:0;http://192.168.1.10:0")]
    public async Task Non_loopback_binding_is_refused_by_default(string urls)
    {
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => SmoochEmulator.StartAsync(new EmulatorOptions { Urls = urls }));
        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public async Task Non_loopback_binding_with_override_is_warned_about()
    {
        var log = new StringWriter();
        await using SmoochEmulator emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Urls = "http://0.0.0.0:0", AllowNonLoopback = true, Log = log });
        Assert.Contains("NOT loopback", log.ToString());
    }

    [Fact]
    public async Task Control_endpoints_refuse_non_loopback_callers_while_the_api_still_answers()
    {
        System.Net.IPAddress? external = System.Linq.Enumerable.FirstOrDefault(
            System.Linq.Enumerable.SelectMany(System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces(),
                nic => System.Linq.Enumerable.Select(nic.GetIPProperties().UnicastAddresses, a => a.Address)),
            a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !System.Net.IPAddress.IsLoopback(a));
        Assert.True(external is not null, "this test needs a non-loopback IPv4 address on the machine");
        await using SmoochEmulator emulator = await SmoochEmulator.StartAsync(new EmulatorOptions
        {
            Urls = "http://0.0.0.0:0",
            AllowNonLoopback = true,
            Log = new StringWriter(),
        });
        using var remote = new System.Net.Http.HttpClient { BaseAddress = new Uri($"http://{external}:{emulator.BaseAddress.Port}/") };
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await remote.GetAsync("_emulator/health")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await remote.PostAsync("_emulator/reset", null)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await remote.GetAsync("v1.1/serviceaccounts")).StatusCode);
        using var local = new System.Net.Http.HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{emulator.BaseAddress.Port}/") };
        Assert.Equal(System.Net.HttpStatusCode.OK, (await local.GetAsync("_emulator/health")).StatusCode);
    }

    [Fact]
    public async Task Unwritable_state_file_path_fails_the_start()
    {
        string path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "state.json");
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => SmoochEmulator.StartAsync(new EmulatorOptions { StateFile = path }));
    }

    [Theory]
    [InlineData("http://localhost:0")]
    [InlineData("http://[::1]:0")]
    public void Loopback_names_are_accepted(string url) => Assert.True(LoopbackUrls.AllLoopback(url, out _));

    [Fact]
    public async Task Given_account_key_and_seeding_counts_are_used()
    {
        var options = new EmulatorOptions
        {
            AccountKeyId = "act_0123456789abcdef01234567",
            AccountSecret = "s3cret",
            Apps = 3,
            CustomIntegrationsPerApp = 2,
        };
        await using SmoochEmulator emulator = await SmoochEmulator.StartAsync(options);
        Assert.Equal("act_0123456789abcdef01234567", emulator.AccountKeyId);
        Assert.Equal("s3cret", emulator.AccountSecret);
        Assert.Equal(3, emulator.Apps.Count);
        Assert.All(emulator.Apps, app => Assert.Equal(2, app.CustomIntegrationIds.Count));
    }

    [Fact]
    public async Task Duplicate_organization_seeds_are_refused() =>
        await Assert.ThrowsAsync<ArgumentException>(() => SmoochEmulator.StartAsync(new EmulatorOptions
        {
            Organizations = { new OrganizationSeed("a", "x"), new OrganizationSeed("x") },
        }));

    [Theory]
    [InlineData("app_0123456789abcdef01234567")]
    [InlineData("act_xyz")]
    public async Task Bad_account_key_ids_are_refused(string keyId) =>
        await Assert.ThrowsAsync<ArgumentException>(() => SmoochEmulator.StartAsync(new EmulatorOptions { AccountKeyId = keyId }));

    [Fact]
    public async Task Request_log_has_method_path_status_ms_and_never_secrets()
    {
        var log = new StringWriter();
        await using SmoochEmulator emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { LogRequests = true, Log = log });
        using var client = new System.Net.Http.HttpClient { BaseAddress = emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = Support.Http.BasicAuth(emulator.AccountKeyId, emulator.AccountSecret);
        await client.GetAsync("v1.1/serviceaccounts?limit=5");
        await client.PostAsync($"v2/apps/{emulator.Apps[0].AppId}/keys", new System.Net.Http.StringContent("""{"displayName":"k"}"""));
        string text = log.ToString();
        Assert.Matches(@"GET /v1\.1/serviceaccounts 200 \d+\.\dms", text);
        Assert.Matches(@"POST /v2/apps/[0-9a-f]{24}/keys 201 \d+\.\dms", text);
        Assert.DoesNotContain(emulator.AccountSecret, text);
        Assert.DoesNotContain("Basic", text);
        Assert.DoesNotContain("limit=5", text);
    }

    [Fact]
    public async Task In_process_hosts_are_quiet_by_default()
    {
        var log = new StringWriter();
        await using SmoochEmulator emulator = await SmoochEmulator.StartAsync(new EmulatorOptions { Log = log });
        using var client = new System.Net.Http.HttpClient { BaseAddress = emulator.BaseAddress };
        await client.GetAsync("v1.1/serviceaccounts");
        Assert.Equal("", log.ToString());
    }
}

public sealed class CommandLineTests
{
    private static Func<string, string?> Env(Dictionary<string, string>? values = null) => name => values is not null && values.TryGetValue(name, out string? v) ? v : null;

    [Fact]
    public void Flags_map_to_options()
    {
        EmulatorOptions options = CommandLine.Parse(new[]
        {
            "--urls", "http://127.0.0.1:5099", "--account-key", "act_0123456789abcdef01234567:pw:with:colons", "--apps", "2",
            "--custom-integrations", "3", "--organization", "org1:Acme", "--organization", "org2", "--latency-ms", "15", "--state-file", "s.json",
        }, Env())!;
        Assert.Equal("http://127.0.0.1:5099", options.Urls);
        Assert.Equal("act_0123456789abcdef01234567", options.AccountKeyId);
        Assert.Equal("pw:with:colons", options.AccountSecret);
        Assert.Equal(2, options.Apps);
        Assert.Equal(3, options.CustomIntegrationsPerApp);
        Assert.Equal(new[] { new OrganizationSeed("org1", "Acme"), new OrganizationSeed("org2") }, options.Organizations);
        Assert.Equal(TimeSpan.FromMilliseconds(15), options.Latency);
        Assert.Equal("s.json", options.StateFile);
        Assert.True(options.LogRequests);
    }

    [Fact]
    public void Environment_variables_apply_and_flags_override_them()
    {
        var env = new Dictionary<string, string>
        {
            ["SMOOCH_EMULATOR_APPS"] = "4",
            ["SMOOCH_EMULATOR_ORGANIZATIONS"] = "a:A, b",
            ["SMOOCH_EMULATOR_LATENCY_MS"] = "7",
            ["SMOOCH_EMULATOR_STATE_FILE"] = "env.json",
            ["SMOOCH_EMULATOR_ACCOUNT_KEY"] = "act_aaaaaaaaaaaaaaaaaaaaaaaa:envsecret",
            ["SMOOCH_EMULATOR_CUSTOM_INTEGRATIONS"] = "0",
        };
        EmulatorOptions fromEnv = CommandLine.Parse(Array.Empty<string>(), Env(env))!;
        Assert.Equal(4, fromEnv.Apps);
        Assert.Equal(0, fromEnv.CustomIntegrationsPerApp);
        Assert.Equal(new[] { new OrganizationSeed("a", "A"), new OrganizationSeed("b") }, fromEnv.Organizations);
        Assert.Equal("envsecret", fromEnv.AccountSecret);
        Assert.Equal("env.json", fromEnv.StateFile);

        EmulatorOptions overridden = CommandLine.Parse(new[] { "--apps", "1", "--organization", "c", "--quiet" }, Env(env))!;
        Assert.Equal(1, overridden.Apps);
        Assert.Equal(new[] { new OrganizationSeed("c") }, overridden.Organizations);
        Assert.False(overridden.LogRequests);
    }

    [Theory]
    [InlineData("--apps", "-1")]
    [InlineData("--apps", "many")]
    [InlineData("--account-key", "act_only")]
    [InlineData("--bogus", "1")]
    [InlineData("--apps")]
    public void Bad_flags_are_reported(params string[] args) => Assert.Throws<ArgumentException>(() => CommandLine.Parse(args, Env()));

    [Fact]
    public void Help_returns_null() => Assert.Null(CommandLine.Parse(new[] { "--help" }, Env()));
}
