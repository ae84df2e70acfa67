using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using System.Security;
using System.Text;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Safety;

/// <summary>No secret, Authorization value, JWT, client secret or access token in logs, exception text or ToString.</summary>
public class RedactionTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public RedactionTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Basic_and_jwt_sessions_never_leak_credentials_or_created_secrets()
    {
        var log = new CapturingLog();
        var texts = new List<string>();
        string keyId = _fixture.Emulator.AccountKeyId;
        string secret = _fixture.Emulator.AccountSecret;
        var forbidden = new List<string>
        {
            secret,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(keyId + ":" + secret)),
            JwtSigner.Sign(keyId, Unit.Secrets.Secure(secret), JwtScope.Account),
        };

        using (SmoochSession basic = _fixture.Sunshine(log))
        using (SmoochSession jwt = Sessions.With(_fixture.Emulator.BaseAddress, new JwtKeyAuthenticator(keyId, Unit.Secrets.Secure(secret)), log))
        {
            texts.Add(basic.ToString());
            texts.Add(jwt.ToString());
            _fixture.Control.AddFault(new FaultRule("POST", "/v2/apps/*/keys", FaultKind.Status) { Status = 503 });
            texts.Add((await Assert.ThrowsAsync<SmoochApiException>(() => basic.AppKeys.CreateAsync(_fixture.App.AppId, "x"))).ToString());
            CreatedAppKey appKey = await basic.AppKeys.CreateAsync(_fixture.App.AppId, "leak check");
            forbidden.Add(Plain(appKey.Secret));
            texts.Add(appKey.ToString());
            ServiceAccount account = await jwt.ServiceAccounts.CreateAsync("leak check");
            CreatedServiceAccountKey saKey = await jwt.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId, "k");
            forbidden.Add(Plain(saKey.Secret));
            texts.Add(saKey.ToString());
            ServerJwt serverJwt = await jwt.ServiceAccounts.GetJwtAsync(account.ServiceAccountId, saKey.KeyId);
            forbidden.Add(Plain(serverJwt.Token));
            texts.Add(serverJwt.ToString());
            texts.Add((await Assert.ThrowsAsync<SmoochApiException>(() => jwt.AppKeys.GetAsync(_fixture.App.AppId, "app_nope"))).ToString());
        }
        using (SmoochSession wrong = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(keyId, Unit.Secrets.Secure(secret + "x")), log))
        {
            forbidden.Add(Convert.ToBase64String(Encoding.UTF8.GetBytes(keyId + ":" + secret + "x")));
            texts.Add((await Assert.ThrowsAsync<SmoochApiException>(async () => await wrong.ServiceAccounts.ListAsync().ToListAsync())).ToString());
        }
        texts.Add(log.AllText());

        Assert.Equal(7, log.Entries.Count);
        AssertNoneContains(texts, forbidden);
    }

    [Fact]
    public async Task Client_credentials_flow_never_leaks_client_secret_or_access_tokens()
    {
        const string clientSecret = "cs_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWX";
        const string firstToken = "first-access-token-1234567890";
        const string secondToken = "second-access-token-0987654321";
        await using var server = new ScriptedServer();
        server.Enqueue(
            Reply.Json(200, "{\"access_token\":\"" + firstToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
            Reply.Json(401, "{\"message\":\"token " + firstToken + " expired\",\"code\":\"unauthorized\",\"status\":401}"),
            Reply.Json(200, "{\"access_token\":\"" + secondToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
            Reply.Json(403, "{\"message\":\"Forbidden for Bearer " + secondToken + "\",\"code\":\"forbidden\",\"status\":403}"));
        var log = new CapturingLog();
        using SmoochSession session = Sessions.With(server.BaseAddress, new ClientCredentialsAuthenticator("client-1", Unit.Secrets.Secure(clientSecret)), log);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.Organization.GetServiceAccountAsync("org", "sa"));

        Assert.Equal(SmoochErrorKind.Forbidden, error.Kind);
        string[] paths = server.Requests.Select(r => r.Target).ToArray();
        Assert.Equal(new[] { "/service-account-token", "/organizations/org/service-accounts/sa", "/service-account-token", "/organizations/org/service-accounts/sa" }, paths);
        Assert.Equal("Bearer " + firstToken, server.Requests.ElementAt(1).Headers["Authorization"]);
        Assert.Equal("Bearer " + secondToken, server.Requests.ElementAt(3).Headers["Authorization"]);
        AssertNoneContains(
            new[] { error.ToString(), error.ErrorTitle ?? string.Empty, log.AllText(), session.ToString() },
            new[] { clientSecret, firstToken, secondToken, Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:" + clientSecret)) });
    }

    [Fact]
    public async Task Organization_created_client_secret_stays_out_of_logs_and_text()
    {
        var log = new CapturingLog();
        using SmoochSession session = _fixture.Org(log);

        CreatedOrganizationCredential created = await session.Organization.CreateCredentialAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, "redaction");

        AssertNoneContains(new[] { log.AllText(), created.ToString(), session.ToString() }, new[] { Plain(created.ClientSecret), _fixture.Organization.ClientSecret });
    }

    private static void AssertNoneContains(IEnumerable<string> texts, IEnumerable<string> forbidden)
    {
        foreach (string text in texts)
        {
            foreach (string value in forbidden)
            {
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"leaked '{value.Substring(0, Math.Min(6, value.Length))}...' in: {text.Substring(0, Math.Min(200, text.Length))}");
            }
        }
    }

    private static string Plain(SecureString secure)
    {
        IntPtr pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
        try
        {
            return Marshal.PtrToStringUni(pointer, secure.Length);
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
