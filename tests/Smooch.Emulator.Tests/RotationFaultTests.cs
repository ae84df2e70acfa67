using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

/// <summary>
/// What key rotation needs from the emulator besides the usual faults: a create whose answer is lost after the server
/// made it (DropResponse), and new keys and credentials that start authenticating only after a delay.
/// </summary>
public sealed class RotationFaultTests : OrganizationTest
{
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);

    protected override EmulatorOptions CreateOptions()
    {
        EmulatorOptions options = base.CreateOptions();
        options.TimeProvider = _clock;
        return options;
    }

    private string AppKeys => $"/v2/apps/{App.AppId}/keys";

    [Fact]
    public async Task DropResponse_makes_the_key_but_cuts_the_connection_and_journals_status_0()
    {
        Emulator.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.DropResponse));

        await Assert.ThrowsAsync<HttpRequestException>(() => Account.Post(AppKeys, """{"displayName":"lost-answer"}"""));

        Assert.True(Emulator.Control.WaitUntilIdle(TimeSpan.FromSeconds(10)));
        Assert.Equal(new[] { ("POST", 0, "DropResponse") }, Emulator.Control.Journal.Select(e => (e.Method, e.Status, e.Fault!)));
        JsonKeys keys = new((await Account.Get(AppKeys)).Json);
        Assert.Equal(new[] { "lost-answer" }, keys.Names);
    }

    [Fact]
    public async Task DropResponse_of_a_delete_removes_the_key()
    {
        string keyId = (await Account.Post(AppKeys, """{"displayName":"gone"}""")).Json.GetProperty("key").Str("id");
        Emulator.Control.AddFault(new FaultRule("DELETE", "/v2/apps/*/keys/*", FaultKind.DropResponse));

        await Assert.ThrowsAsync<HttpRequestException>(() => Account.Delete($"{AppKeys}/{keyId}"));

        Assert.Equal(404, (await Account.Get($"{AppKeys}/{keyId}")).Code);
    }

    [Fact]
    public async Task A_new_sunshine_key_authenticates_only_after_the_activation_delay_by_Basic_and_by_JWT()
    {
        Emulator.Control.ActivationDelay = TimeSpan.FromSeconds(30);
        var created = (await Account.Post(AppKeys, """{"displayName":"slow"}""")).Json.GetProperty("key");
        using HttpClient basic = Basic(created.Str("id"), created.Str("secret"));
        using HttpClient jwt = Bearer(TestJwt.Hs256(created.Str("id"), created.Str("secret"), "app"));
        string integrations = $"/v2/apps/{App.AppId}/integrations";

        Assert.Equal(401, (await basic.Get(integrations)).Code);
        Assert.Equal(401, (await jwt.Get(integrations)).Code);
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(401, (await basic.Get(integrations)).Code);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await basic.Get(integrations)).Code);
        Assert.Equal(200, (await jwt.Get(integrations)).Code);
    }

    [Fact]
    public async Task The_activation_delay_applies_to_keys_made_after_it_is_set_and_Reset_clears_it()
    {
        var before = (await Account.Post(AppKeys, """{"displayName":"before"}""")).Json.GetProperty("key");
        Emulator.Control.ActivationDelay = TimeSpan.FromMinutes(5);
        using HttpClient earlier = Basic(before.Str("id"), before.Str("secret"));

        Assert.Equal(200, (await earlier.Get($"/v2/apps/{App.AppId}/integrations")).Code);
        Assert.Equal(200, (await Account.Get(AppKeys)).Code);   // the account key predates the delay

        Emulator.Control.Reset();
        Assert.Equal(TimeSpan.Zero, Emulator.Control.ActivationDelay);
    }

    [Fact]
    public async Task A_new_organization_credential_gets_a_token_only_after_the_activation_delay()
    {
        using HttpClient org = await OrgClient(OrgOne);
        Emulator.Control.ActivationDelay = TimeSpan.FromSeconds(10);
        var created = (await org.Post(Credentials(OrgOne), """{"name":"slow"}""")).Json;

        Reply refused = await RequestToken(created.Str("client_id"), created.Str("client_secret"));
        _clock.Advance(TimeSpan.FromSeconds(10));
        Reply issued = await RequestToken(created.Str("client_id"), created.Str("client_secret"));

        Assert.Equal((401, "invalid_client"), (refused.Code, refused.ErrorCode()));
        Assert.Equal(200, issued.Code);
    }

    [Fact]
    public async Task The_activation_control_endpoint_sets_the_delay_and_refuses_a_missing_value()
    {
        using var control = new HttpClient { BaseAddress = Emulator.BaseAddress };

        Assert.Equal(204, (await control.Put("/_emulator/activation", """{"delayMs":1500}""")).Code);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Emulator.Control.ActivationDelay);
        Assert.Equal(400, (await control.Put("/_emulator/activation", "{}")).Code);
        Assert.Equal(400, (await control.Put("/_emulator/activation", """{"delayMs":-1}""")).Code);
    }

    private sealed class JsonKeys(System.Text.Json.JsonElement json)
    {
        public string[] Names => json.GetProperty("keys").EnumerateArray().Select(k => k.Str("displayName")).ToArray();
    }
}
