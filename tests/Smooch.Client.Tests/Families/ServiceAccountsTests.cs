using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Smooch.Client.Authentication;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Families;

public class ServiceAccountsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public ServiceAccountsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Service_account_create_get_update_list_delete()
    {
        using SmoochSession session = _fixture.Sunshine();

        ServiceAccount created = await session.ServiceAccounts.CreateAsync("ci-bot");
        ServiceAccount fetched = await session.ServiceAccounts.GetAsync(created.ServiceAccountId);
        ServiceAccount renamed = await session.ServiceAccounts.UpdateAsync(created.ServiceAccountId, "ci-bot-2");
        var listed = await session.ServiceAccounts.ListAsync().ToListAsync();
        await session.ServiceAccounts.DeleteAsync(created.ServiceAccountId);
        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.ServiceAccounts.GetAsync(created.ServiceAccountId));

        Assert.Matches("^[0-9a-f]{24}$", created.ServiceAccountId);
        Assert.Equal("ci-bot", fetched.Name);
        Assert.Equal("ci-bot-2", renamed.Name);
        Assert.Contains(listed, a => a.ServiceAccountId == created.ServiceAccountId && a.Name == "ci-bot-2");
        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
        Assert.Equal("not_found", error.ErrorCode);
    }

    [Fact]
    public async Task Duplicate_name_is_a_conflict()
    {
        using SmoochSession session = _fixture.Sunshine();
        await session.ServiceAccounts.CreateAsync("same");

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.ServiceAccounts.CreateAsync("same"));

        Assert.Equal(SmoochErrorKind.Conflict, error.Kind);
        Assert.Equal(409, error.StatusCode);
        Assert.Equal("conflict", error.ErrorCode);
    }

    [Fact]
    public async Task Keys_create_list_get_delete_and_the_secret_signs_the_server_jwt()
    {
        using SmoochSession session = _fixture.Sunshine();
        ServiceAccount account = await session.ServiceAccounts.CreateAsync("keys");

        CreatedServiceAccountKey key = await session.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId, "k1");
        var keys = await session.ServiceAccounts.ListKeysAsync(account.ServiceAccountId).ToListAsync();
        ServiceAccountKey fetched = await session.ServiceAccounts.GetKeyAsync(account.ServiceAccountId, key.KeyId);
        ServerJwt jwt = await session.ServiceAccounts.GetJwtAsync(account.ServiceAccountId, key.KeyId);

        Assert.StartsWith("svc_", key.KeyId);
        Assert.Equal(account.ServiceAccountId, key.ServiceAccountId);
        Assert.Equal("k1", key.Name);
        Assert.Equal(key.KeyId, Assert.Single(keys).KeyId);
        Assert.Equal("k1", fetched.Name);
        Assert.Equal(key.KeyId, jwt.KeyId);

        string token = Plain(jwt.Token);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Plain(key.Secret))),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(key.KeyId, ((JsonWebToken)validation.SecurityToken).Kid);
        Assert.Equal("account", ((JsonWebToken)validation.SecurityToken).GetClaim("scope").Value);

        await session.ServiceAccounts.DeleteKeyAsync(account.ServiceAccountId, key.KeyId);
        Assert.Empty(await session.ServiceAccounts.ListKeysAsync(account.ServiceAccountId).ToListAsync());
    }

    [Fact]
    public async Task Server_jwt_works_as_a_bearer_token_and_a_service_account_key_may_not_manage_service_accounts()
    {
        using SmoochSession session = _fixture.Sunshine();
        ServiceAccount account = await session.ServiceAccounts.CreateAsync("bearer");
        CreatedServiceAccountKey key = await session.ServiceAccounts.CreateKeyAsync(account.ServiceAccountId, "k");
        ServerJwt jwt = await session.ServiceAccounts.GetJwtAsync(account.ServiceAccountId, key.KeyId);

        using SmoochSession asService = Sessions.With(_fixture.Emulator.BaseAddress, new BearerTokenAuthenticator(jwt.Token, SmoochApi.Sunshine));
        var error = await Assert.ThrowsAsync<SmoochApiException>(() => asService.ServiceAccounts.GetAsync(account.ServiceAccountId));

        Assert.Equal(SmoochErrorKind.Forbidden, error.Kind);
        Assert.Equal("Bearer", asService.AuthMode);
    }

    [Fact]
    public async Task Locally_signed_jwt_session_is_accepted()
    {
        using SmoochSession session = _fixture.SunshineJwt();

        ServiceAccount created = await session.ServiceAccounts.CreateAsync("via-jwt");

        Assert.Equal("Jwt", session.AuthMode);
        Assert.Equal("via-jwt", created.Name);
    }

    [Fact]
    public async Task Wrong_secret_is_unauthorized_with_the_v11_error_code()
    {
        using SmoochSession session = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(_fixture.Emulator.AccountKeyId, Unit.Secrets.Secure("wrong-secret")));

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () => await session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.Unauthorized, error.Kind);
        Assert.Equal("unauthorized", error.ErrorCode);
        Assert.Single(_fixture.Journal);
    }

    private static string Plain(System.Security.SecureString secure)
    {
        IntPtr pointer = System.Runtime.InteropServices.Marshal.SecureStringToGlobalAllocUnicode(secure);
        try
        {
            return System.Runtime.InteropServices.Marshal.PtrToStringUni(pointer, secure.Length);
        }
        finally
        {
            System.Runtime.InteropServices.Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
