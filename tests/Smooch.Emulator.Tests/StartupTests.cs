using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Smooch.Emulator.Tests.Support;

namespace Smooch.Emulator.Tests;

public sealed class StartupTests : EmulatorTest
{
    [Fact]
    public void Binds_loopback_on_an_ephemeral_port_and_seeds_ids_in_documented_formats()
    {
        Assert.Equal("127.0.0.1", Emulator.BaseAddress.Host);
        Assert.NotEqual(0, Emulator.BaseAddress.Port);
        Assert.Matches("^act_[0-9a-f]{24}$", Emulator.AccountKeyId);
        Assert.Matches("^[A-Za-z0-9_-]{86}$", Emulator.AccountSecret);
        SeededApp app = Assert.Single(Emulator.Apps);
        Assert.Matches("^[0-9a-f]{24}$", app.AppId);
        Assert.Matches("^[0-9a-f]{24}$", Assert.Single(app.CustomIntegrationIds));
        Assert.Matches("^[0-9a-f]{24}$", app.NonCustomIntegrationId);
        Assert.Equal(2, Emulator.Organizations.Count);
        Assert.Equal("acme", OrgOne.Label);
        Assert.Matches("^[a-z0-9]{26}$", OrgOne.ServiceAccountId);
        Assert.Matches("^[A-Za-z0-9]{21}$", OrgOne.ClientId);
        Assert.Matches("^[A-Za-z0-9]{64}$", OrgOne.ClientSecret);
    }

    [Fact]
    public async Task Health_endpoint_answers_ok()
    {
        Reply reply = await Anonymous.Get("/_emulator/health");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("ok", reply.Json.Str("status"));
    }
}
