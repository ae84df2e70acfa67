using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Safety;

/// <summary>
/// A server that quotes the request's credential in its error text: the session's own secrets never reach the
/// exception (message, ToString, title, code) or the request log, whatever their length or spelling.
/// </summary>
public class EchoedSecretTests : IClassFixture<EmulatorFixture>
{
    private const string KeyId = "act_echo";
    private const int OneMegabyte = 1024 * 1024;
    private readonly EmulatorFixture _fixture;

    public EchoedSecretTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    public static IEnumerable<object[]> Cases()
    {
        foreach (int length in new[] { 8, 16, 40, 86 })
        {
            foreach (EchoForm form in new[] { EchoForm.Raw, EchoForm.Base64, EchoForm.UrlEncoded, EchoForm.Header })
            {
                yield return new object[] { length, form };
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Basic_secret_echoed_in_a_v1_error_description_is_removed(int length, EchoForm form)
    {
        string secret = SecretForms.Make(length);
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.EchoCredential) { Echo = form });
        var log = new CapturingLog();
        using SmoochSession session = Sessions.Basic(_fixture.Emulator.BaseAddress, log, keyId: KeyId, secret: secret);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("Invalid key " + KeyId + ":", error.ErrorTitle, StringComparison.Ordinal);
        Assert.Contains("[redacted]", error.Message, StringComparison.Ordinal);
        AssertClean(secret, error, log);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Basic_secret_echoed_in_a_v2_error_title_is_removed(int length, EchoForm form)
    {
        string secret = SecretForms.Make(length, seed: 3);
        _fixture.Control.AddFault(new FaultRule("GET", "/v2/apps/*/keys", FaultKind.EchoCredential) { Echo = form, Status = 401 });
        var log = new CapturingLog();
        using SmoochSession session = Sessions.Basic(_fixture.Emulator.BaseAddress, log, keyId: KeyId, secret: secret);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.AppKeys.ListAsync(_fixture.App.AppId).ToListAsync());

        Assert.Equal(SmoochErrorKind.Unauthorized, error.Kind);
        Assert.Equal("Invalid key " + KeyId + ":" + (form == EchoForm.Header ? "Basic " : string.Empty) + "[redacted]", error.ErrorTitle);
        AssertClean(secret, error, log);
    }

    [Theory]
    [InlineData(8, EchoForm.Raw)]
    [InlineData(16, EchoForm.Base64)]
    [InlineData(40, EchoForm.UrlEncoded)]
    [InlineData(86, EchoForm.Header)]
    [InlineData(16, EchoForm.Raw)]
    public async Task Secret_echoed_in_the_middle_of_a_1_MB_error_body_is_removed(int length, EchoForm form)
    {
        string secret = SecretForms.Make(length, seed: 5);
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.EchoCredential) { Echo = form, PadBytes = OneMegabyte });
        var log = new CapturingLog();
        using SmoochSession session = Sessions.Basic(_fixture.Emulator.BaseAddress, log, keyId: KeyId, secret: secret);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal("bad_request", error.ErrorCode);
        Assert.InRange(error.ErrorTitle!.Length, 1, 503);
        AssertClean(secret, error, log);
    }

    [Theory]
    [InlineData(EchoForm.Raw)]
    [InlineData(EchoForm.Header)]
    public async Task Signed_jwt_echoed_is_removed(EchoForm form)
    {
        string secret = SecretForms.Make(16, seed: 1);
        string jwtHead = JwtSigner.Sign(KeyId, Unit.Secrets.Secure(secret), JwtScope.Account).Split('.')[0];
        _fixture.Control.AddFault(new FaultRule("GET", "/v1.1/serviceaccounts", FaultKind.EchoCredential) { Echo = form });
        var log = new CapturingLog();
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new JwtKeyAuthenticator(KeyId, Unit.Secrets.Secure(secret)), log);

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Contains("Invalid key token:", error.ErrorTitle, StringComparison.Ordinal);
        Assert.DoesNotContain(jwtHead, error.ToString(), StringComparison.Ordinal);
        AssertClean(secret, error, log);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    public async Task Short_bearer_token_echoed_by_an_organization_route_is_removed(int length)
    {
        string token = SecretForms.Make(length, seed: 2);
        _fixture.Control.AddFault(new FaultRule("GET", "/organizations/**", FaultKind.EchoCredential) { Echo = EchoForm.Raw });
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BearerTokenAuthenticator(Unit.Secrets.Secure(token), SmoochApi.Organization));

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.Organization.ListServiceAccountsAsync(EmulatorFixture.OrganizationId).ToListAsync());

        Assert.Equal("Invalid key token:[redacted]", error.ErrorTitle);
        AssertClean(token, error, new CapturingLog());
    }

    [Theory]
    [InlineData(EchoForm.Raw)]
    [InlineData(EchoForm.Base64)]
    [InlineData(EchoForm.Header)]
    public async Task Client_secret_echoed_by_the_token_endpoint_is_removed(EchoForm form)
    {
        string clientSecret = SecretForms.Make(16, seed: 4);
        string clientId = _fixture.Organization.ClientId;
        _fixture.Control.AddFault(new FaultRule("POST", "/service-account-token", FaultKind.EchoCredential) { Echo = form });
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Org(log, authenticator: new ClientCredentialsAuthenticator(clientId, Unit.Secrets.Secure(clientSecret)));

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.Organization.ListServiceAccountsAsync(EmulatorFixture.OrganizationId).ToListAsync());

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("[redacted]", error.Message, StringComparison.Ordinal);
        AssertClean(clientSecret, error, log, clientId);
    }

    private static void AssertClean(string secret, SmoochApiException error, CapturingLog log, string user = KeyId)
    {
        var texts = new[] { error.ToString(), error.Message, error.ErrorTitle ?? string.Empty, error.ErrorCode ?? string.Empty, log.AllText() };
        foreach (string form in SecretForms.All(secret, user))
        {
            foreach (string text in texts)
            {
                Assert.DoesNotContain(form, text, StringComparison.Ordinal);
            }
        }
        foreach (object? value in error.Data.Values)
        {
            Assert.DoesNotContain(secret, value?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
