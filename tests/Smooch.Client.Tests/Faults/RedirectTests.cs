using System;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Faults;

/// <summary>A 3xx is its own error: never followed (credentials stay with the configured host), never retried, Location shown without query.</summary>
public class RedirectTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public RedirectTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    public async Task Redirect_to_another_path_of_the_same_server_is_not_followed(int status)
    {
        // A followed redirect would show up in the journal as a second request, to the target path.
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Redirect) { Status = status, Location = "/v1.1/moved/here?token=q-secret#frag" });
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.UnexpectedRedirect, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Contains("'/v1.1/moved/here'", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not follow redirects", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("q-secret", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("frag", error.Message, StringComparison.Ordinal);
        _fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { ("GET", "/v1.1/serviceaccounts", status) }, _fixture.Journal.Select(e => (e.Method, e.Path, e.Status)));
    }

    [Fact]
    public async Task Redirect_of_a_create_to_another_host_names_it_without_user_info_or_query_and_is_not_repeated()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Redirect) { Status = 307, Location = "https://user:pw@eu.example.test:8443/v2/apps/x/keys?sig=abc" });
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "k"));

        Assert.Equal(SmoochErrorKind.UnexpectedRedirect, error.Kind);
        Assert.Contains("to 'https://eu.example.test:8443/v2/apps/x/keys'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw@", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _fixture.Count("POST", "/v2/apps/"));
        Assert.Empty(await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync());
    }

    [Fact]
    public async Task Redirect_whose_location_holds_the_session_secret_does_not_show_it()
    {
        string secret = _fixture.Emulator.AccountSecret;
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.Redirect) { Location = "/login/" + Uri.EscapeDataString(secret) + "/next" });
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Contains("'/login/[redacted]/next'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
    }
}
