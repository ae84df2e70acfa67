using System;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Auth;

public class AuthenticationTests : IAsyncLifetime
{
    private readonly ShiftedTimeProvider _emulatorTime = new ShiftedTimeProvider();
    private SmoochEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { TimeProvider = _emulatorTime };
        options.Organizations.Add(new OrganizationSeed("org-auth"));
        _emulator = await SmoochEmulator.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
    }

    private SeededOrganization Org => _emulator.Organizations[0];

    private int TokenRequests => _emulator.Control.Journal.Count(e => e.Path == "/service-account-token");

    private ClientCredentialsAuthenticator NewAuthenticator(string? secret = null)
    {
        return new ClientCredentialsAuthenticator(Org.ClientId, Unit.Secrets.Secure(secret ?? Org.ClientSecret));
    }

    [Fact]
    public async Task Access_token_is_fetched_once_and_reused()
    {
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, NewAuthenticator());

        await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);
        await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);
        await session.Organization.ListCredentialsAsync("org-auth", Org.ServiceAccountId).ToListAsync();

        Assert.Equal(1, TokenRequests);
        Assert.Equal("ClientCredentials", session.AuthMode);
        Assert.Equal(Org.ClientId, session.KeyId);
        Assert.Equal(SmoochApi.Organization, session.Api);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, NewAuthenticator());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId)));

        Assert.Equal(1, TokenRequests);
    }

    [Fact]
    public async Task Token_is_refreshed_shortly_before_it_expires()
    {
        ClientCredentialsAuthenticator authenticator = NewAuthenticator();
        DateTimeOffset now = DateTimeOffset.UtcNow;
        authenticator.Clock = () => now;
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, authenticator);

        await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);
        now = now.AddSeconds(3500);
        await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);
        Assert.Equal(1, TokenRequests);
        now = now.AddSeconds(60);
        await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);

        Assert.Equal(2, TokenRequests);
        Assert.DoesNotContain(_emulator.Control.Journal, e => e.Status == 401);
    }

    [Fact]
    public async Task Expired_token_rejected_with_401_is_refreshed_once_and_the_call_succeeds()
    {
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, NewAuthenticator());
        await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);

        _emulatorTime.Shift = TimeSpan.FromHours(2);
        var account = await session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId);

        Assert.Equal(Org.ServiceAccountId, account.ServiceAccountId);
        Assert.Equal(new[] { 200, 200, 401, 200, 200 }, _emulator.Control.Journal.Select(e => e.Status));
        Assert.Equal(2, TokenRequests);
    }

    [Fact]
    public async Task A_second_401_after_refreshing_is_an_unauthorized_error_without_more_attempts()
    {
        await using var server = new ScriptedServer();
        string token = "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
        string denied = "{\"message\":\"Unauthorized\",\"code\":\"unauthorized\",\"status\":401}";
        server.Enqueue(Reply.Json(200, token), Reply.Json(401, denied), Reply.Json(200, token), Reply.Json(401, denied), Reply.Json(200, "{}"));
        using SmoochSession session = Sessions.With(server.BaseAddress, new ClientCredentialsAuthenticator("c", Unit.Secrets.Secure("s")));

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.Organization.GetServiceAccountAsync("o", "s"));

        Assert.Equal(SmoochErrorKind.Unauthorized, error.Kind);
        Assert.Equal("unauthorized", error.ErrorCode);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Wrong_client_secret_is_unauthorized_at_the_token_endpoint()
    {
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, NewAuthenticator("not-the-secret"));

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.Organization.GetServiceAccountAsync("org-auth", Org.ServiceAccountId));

        Assert.Equal(SmoochErrorKind.Unauthorized, error.Kind);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/service-account-token", error.Path);
        Assert.Single(_emulator.Control.Journal);
    }

    [Fact]
    public async Task Jwt_with_lifetime_is_reused_then_re_signed_before_expiry_and_accepted()
    {
        var authenticator = new JwtKeyAuthenticator(_emulator.AccountKeyId, Unit.Secrets.Secure(_emulator.AccountSecret), lifetime: TimeSpan.FromMinutes(10));
        DateTimeOffset now = DateTimeOffset.UtcNow;
        authenticator.Clock = () => now;

        string first = await authenticator.GetAuthorizationAsync(null!, default);
        string again = await authenticator.GetAuthorizationAsync(null!, default);
        now = now.AddMinutes(9).AddSeconds(30);
        string renewed = await authenticator.GetAuthorizationAsync(null!, default);
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, authenticator);
        var accounts = await session.ServiceAccounts.ListAsync().ToListAsync();

        Assert.Equal(first, again);
        Assert.NotEqual(first, renewed);
        Assert.StartsWith("Bearer ", renewed);
        Assert.NotNull(accounts);
        Assert.Equal(200, _emulator.Control.Journal.Single().Status);
    }

    [Fact]
    public async Task Expired_jwt_is_refused_by_the_emulator()
    {
        string expired = JwtSigner.Sign(_emulator.AccountKeyId, Unit.Secrets.Secure(_emulator.AccountSecret), JwtScope.Account, DateTimeOffset.UtcNow.AddMinutes(-5));
        using SmoochSession session = Sessions.With(_emulator.BaseAddress, new BearerTokenAuthenticator(Unit.Secrets.Secure(expired), SmoochApi.Sunshine));

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.Unauthorized, error.Kind);
        Assert.Single(_emulator.Control.Journal);
    }

    [Fact]
    public void Authenticators_refuse_bad_input_naming_the_parameter()
    {
        Assert.Equal("keyId", Assert.ThrowsAny<ArgumentException>(() => new BasicKeyAuthenticator("act_1:2", Unit.Secrets.Secure("s"))).ParamName);
        Assert.Equal("secret", Assert.ThrowsAny<ArgumentException>(() => new BasicKeyAuthenticator("act_1", new System.Security.SecureString())).ParamName);
        Assert.Equal("keyId", Assert.ThrowsAny<ArgumentException>(() => new JwtKeyAuthenticator("int_1", Unit.Secrets.Secure("s"))).ParamName);
        Assert.Equal("lifetime", Assert.ThrowsAny<ArgumentException>(() => new JwtKeyAuthenticator("act_1", Unit.Secrets.Secure("s"), lifetime: TimeSpan.FromSeconds(1))).ParamName);
        Assert.Equal("clientSecret", Assert.ThrowsAny<ArgumentException>(() => new ClientCredentialsAuthenticator("c", null!)).ParamName);
        Assert.Equal("token", Assert.ThrowsAny<ArgumentException>(() => new BearerTokenAuthenticator(new System.Security.SecureString(), SmoochApi.Sunshine)).ParamName);
    }

    [Fact]
    public void Session_refuses_plain_http_to_a_remote_host_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentException>(() => new SmoochSession(new SmoochSessionOptions
        {
            BaseAddress = new Uri("http://api.smooch.io"),
            Authenticator = new BasicKeyAuthenticator("act_1", Unit.Secrets.Secure("s")),
        }));

        Assert.Equal("BaseAddress", error.ParamName);
    }

    [Fact]
    public void Session_defaults_the_base_address_by_api()
    {
        using var sunshine = new SmoochSession(new SmoochSessionOptions { Authenticator = new BasicKeyAuthenticator("act_1", Unit.Secrets.Secure("s")) });
        using var org = new SmoochSession(new SmoochSessionOptions { Authenticator = new ClientCredentialsAuthenticator("c", Unit.Secrets.Secure("s")) });

        Assert.Equal(SmoochEndpoints.UnitedStates, sunshine.BaseAddress);
        Assert.Equal(SmoochEndpoints.Organization, org.BaseAddress);
        Assert.Matches(@"^Smooch-PowerShell/\d+\.\d+\.\d+ \(.+; .+\)$", sunshine.UserAgentText);
    }

    private sealed class ShiftedTimeProvider : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow()
        {
            return System.GetUtcNow() + Shift;
        }
    }
}
