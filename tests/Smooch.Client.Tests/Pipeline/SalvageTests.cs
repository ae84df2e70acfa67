using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Pipeline;

/// <summary>A create whose response breaks after the secret still hands the secret back, in every family.</summary>
public class SalvageTests
{
    private const string Secret = "DbqcyOx8IrPPWRz5hmRdRFKYg7TN9yr8_uSVB1SUMVKbZitHTu6QidkzSTkpkSYtcr8I_2w9ITA";

    [Fact]
    public async Task Service_account_key_with_a_broken_tail_keeps_id_name_and_secret()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(201, "{\"key\":{\"_id\":\"svc_5b85975aac286b002209c3fa\",\"name\":\"k1\",\"secret\":\"" + Secret + "\",<html>"));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var created = await session.ServiceAccounts.CreateKeyAsync("5b859335ee64e7002205063d", "k1");

        Assert.True(created.ResponseIncomplete);
        Assert.Equal("svc_5b85975aac286b002209c3fa", created.KeyId);
        Assert.Equal("k1", created.Name);
        Assert.Equal(Secret.Length, created.Secret.Length);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Integration_key_whose_connection_breaks_after_the_secret_keeps_it()
    {
        string body = "{\"key\":{\"id\":\"int_67a1110ef0305f4a391e9f01\",\"secret\":\"" + Secret + "\",\"displayName\":\"signer\"}}";
        await using var server = new ScriptedServer();
        server.Enqueue(new Reply { Status = 201, Body = body, TruncateAt = body.IndexOf("displayName") });
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var created = await session.IntegrationKeys.CreateAsync("5d8cff3cd55b040010928b5b", "029c31f25a21b47effd7be90", "signer");

        Assert.True(created.ResponseIncomplete);
        Assert.Equal("int_67a1110ef0305f4a391e9f01", created.KeyId);
        Assert.Equal("029c31f25a21b47effd7be90", created.IntegrationId);
        Assert.Null(created.DisplayName);
        Assert.Equal(Secret.Length, created.Secret.Length);
    }

    [Fact]
    public async Task Organization_credential_with_a_wrongly_typed_field_keeps_client_id_and_secret()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(
            Reply.Json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}"),
            Reply.Json(200, "{\"id\":\"ab3def8hij2klm9opq5rst7uvw\",\"client_id\":\"A1b2C3d4E5f6G7h8I9j0K\",\"client_secret\":\"" + Secret + "\",\"name\":\"n\",\"created_at\":12}"));
        using SmoochSession session = Sessions.With(server.BaseAddress, new ClientCredentialsAuthenticator("c", Unit.Secrets.Secure("s")));

        var created = await session.Organization.CreateCredentialAsync("org", "sa", "n");

        Assert.True(created.ResponseIncomplete);
        Assert.Equal("ab3def8hij2klm9opq5rst7uvw", created.CredentialId);
        Assert.Equal("A1b2C3d4E5f6G7h8I9j0K", created.ClientId);
        Assert.Equal(Secret.Length, created.ClientSecret.Length);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Created_response_without_any_secret_is_an_error_that_says_so()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(201, "{\"key\":{\"id\":\"app_1\",\"displayName\":\"k\"}}"));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.CreateAsync("5d8cff3cd55b040010928b5b", "k"));

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("no secret", error.Message);
        Assert.Contains("created app key app_1, but its response was damaged", error.Message);
        Assert.Equal("app_1", error.CreatedId);
    }
}
