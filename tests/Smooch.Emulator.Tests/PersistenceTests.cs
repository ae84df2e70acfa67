using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "smooch-emulator-tests-" + Guid.NewGuid().ToString("N"));
    private string StateFile => Path.Combine(_directory, "state.json");

    public PersistenceTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private EmulatorOptions Options() => new() { StateFile = StateFile, Organizations = { new OrganizationSeed("org-one") } };

    [Fact]
    public async Task Data_survives_a_restart_and_keys_still_authenticate()
    {
        string saId, svcKeyId, svcSecret, appKeyId, credentialClientId, credentialSecret, accountKeyId, accountSecret;
        SeededApp app;
        await using (SmoochEmulator first = await SmoochEmulator.StartAsync(Options()))
        {
            accountKeyId = first.AccountKeyId;
            accountSecret = first.AccountSecret;
            app = first.Apps[0];
            using var account = Client(first, accountKeyId, accountSecret);
            saId = (await account.Post("/v1.1/serviceaccounts", """{"name":"kept"}""")).Json.GetProperty("serviceAccount").Str("_id");
            JsonElement svcKey = (await account.Post($"/v1.1/serviceaccounts/{saId}/keys", """{"name":"k"}""")).Json.GetProperty("key");
            (svcKeyId, svcSecret) = (svcKey.Str("_id"), svcKey.Str("secret"));
            appKeyId = (await account.Post($"/v2/apps/{app.AppId}/keys", """{"displayName":"app key"}""")).Json.GetProperty("key").Str("id");
            credentialClientId = first.Organizations[0].ClientId;
            credentialSecret = first.Organizations[0].ClientSecret;
        }
        Assert.True(File.Exists(StateFile));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));

        await using SmoochEmulator second = await SmoochEmulator.StartAsync(Options());
        Assert.Equal(accountKeyId, second.AccountKeyId);
        Assert.Equal(accountSecret, second.AccountSecret);
        Assert.Equal(app, second.Apps[0], new SeededAppComparer());
        using var again = Client(second, accountKeyId, accountSecret);
        Assert.Equal("kept", (await again.Get($"/v1.1/serviceaccounts/{saId}")).Json.GetProperty("serviceAccount").Str("name"));
        Assert.Equal(appKeyId, (await again.Get($"/v2/apps/{app.AppId}/keys")).Json.GetProperty("keys")[0].Str("id"));
        using var svc = Client(second, svcKeyId, svcSecret);
        Assert.Equal(HttpStatusCode.OK, (await svc.Get("/v2/apps")).Status);
        Assert.Single(second.Organizations);
        Assert.Equal(credentialClientId, second.Organizations[0].ClientId);
        Assert.Equal(credentialSecret, second.Organizations[0].ClientSecret);
    }

    [Fact]
    public async Task Deletions_are_persisted_too()
    {
        string saId;
        await using (SmoochEmulator first = await SmoochEmulator.StartAsync(Options()))
        {
            using var account = Client(first, first.AccountKeyId, first.AccountSecret);
            saId = (await account.Post("/v1.1/serviceaccounts", """{"name":"gone"}""")).Json.GetProperty("serviceAccount").Str("_id");
            await account.Delete($"/v1.1/serviceaccounts/{saId}");
        }
        await using SmoochEmulator second = await SmoochEmulator.StartAsync(Options());
        using var again = Client(second, second.AccountKeyId, second.AccountSecret);
        Assert.Equal(HttpStatusCode.NotFound, (await again.Get($"/v1.1/serviceaccounts/{saId}")).Status);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("null")]
    [InlineData("""{"formatVersion":1,"accountKeys":[]}""")]
    [InlineData("""{"formatVersion":99,"accountKeys":[{"id":"act_0123456789abcdef01234567","name":"a","secret":"s"}]}""")]
    [InlineData("""{"formatVersion":1,"accountKeys":[{"id":"act_0123456789abcdef01234567"}]}""")]
    public async Task Corrupt_state_file_fails_the_start_and_is_left_untouched(string content)
    {
        File.WriteAllText(StateFile, content);
        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(() => SmoochEmulator.StartAsync(Options()));
        Assert.Contains(StateFile, error.Message);
        Assert.Equal(content, File.ReadAllText(StateFile));
    }

    [Fact]
    public async Task Given_account_key_is_added_to_a_loaded_state()
    {
        await using (await SmoochEmulator.StartAsync(Options()))
        { }
        EmulatorOptions options = Options();
        options.AccountKeyId = "act_aaaaaaaaaaaaaaaaaaaaaaaa";
        options.AccountSecret = "given-secret";
        await using SmoochEmulator second = await SmoochEmulator.StartAsync(options);
        using var account = Client(second, "act_aaaaaaaaaaaaaaaaaaaaaaaa", "given-secret");
        Assert.Equal(HttpStatusCode.OK, (await account.Get("/v1.1/serviceaccounts")).Status);
    }

    [Fact]
    public async Task Given_secret_replaces_the_stored_secret_of_the_same_key()
    {
        EmulatorOptions options = Options();
        options.AccountKeyId = "act_bbbbbbbbbbbbbbbbbbbbbbbb";
        options.AccountSecret = "old";
        await using (await SmoochEmulator.StartAsync(options))
        { }
        options = Options();
        options.AccountKeyId = "act_bbbbbbbbbbbbbbbbbbbbbbbb";
        options.AccountSecret = "new";
        await using SmoochEmulator second = await SmoochEmulator.StartAsync(options);
        using var stale = Client(second, "act_bbbbbbbbbbbbbbbbbbbbbbbb", "old");
        using var fresh = Client(second, "act_bbbbbbbbbbbbbbbbbbbbbbbb", "new");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stale.Get("/v1.1/serviceaccounts")).Status);
        Assert.Equal(HttpStatusCode.OK, (await fresh.Get("/v1.1/serviceaccounts")).Status);
    }

    [Fact]
    public async Task Banner_shows_secrets_only_when_generated_in_this_run()
    {
        string firstBanner, secondBanner;
        string accountSecret, clientSecret;
        await using (SmoochEmulator first = await SmoochEmulator.StartAsync(Options()))
        {
            var text = new StringWriter();
            Smooch.Emulator.Hosting.Banner.Write(text, first, Options());
            firstBanner = text.ToString();
            (accountSecret, clientSecret) = (first.AccountSecret, first.Organizations[0].ClientSecret);
        }
        EmulatorOptions withNewOrg = Options();
        withNewOrg.Organizations.Add(new OrganizationSeed("org-new"));
        await using (SmoochEmulator second = await SmoochEmulator.StartAsync(withNewOrg))
        {
            var text = new StringWriter();
            Smooch.Emulator.Hosting.Banner.Write(text, second, withNewOrg);
            secondBanner = text.ToString();
            Assert.Contains(second.Organizations.Single(o => o.Id == "org-new").ClientSecret, secondBanner);
        }
        Assert.Contains(accountSecret, firstBanner);
        Assert.Contains(clientSecret, firstBanner);
        Assert.Contains("loopback", firstBanner);
        Assert.DoesNotContain(accountSecret, secondBanner);
        Assert.DoesNotContain(clientSecret, secondBanner);
        Assert.Contains("State loaded from", secondBanner);
    }

    private static HttpClient Client(SmoochEmulator emulator, string user, string password)
    {
        var client = new HttpClient { BaseAddress = emulator.BaseAddress };
        client.DefaultRequestHeaders.Authorization = Support.Http.BasicAuth(user, password);
        return client;
    }

    private sealed class SeededAppComparer : System.Collections.Generic.IEqualityComparer<SeededApp>
    {
        public bool Equals(SeededApp? x, SeededApp? y) =>
            x!.AppId == y!.AppId && x.NonCustomIntegrationId == y.NonCustomIntegrationId && x.CustomIntegrationIds.SequenceEqual(y.CustomIntegrationIds);

        public int GetHashCode(SeededApp obj) => obj.AppId.GetHashCode();
    }
}
