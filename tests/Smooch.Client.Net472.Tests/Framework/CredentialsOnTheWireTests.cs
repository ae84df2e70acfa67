using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Framework;

/// <summary>The exact Authorization bytes the .NET Framework build sends, and the token it reads into a SecureString and sends back.</summary>
public class CredentialsOnTheWireTests
{
    private const string NonAsciiSecret = "s3cr\u00e9t:\u20ac-\U0001F511";

    [Fact]
    public async Task Basic_header_is_base64_of_the_utf8_bytes_of_key_colon_secret()
    {
        await using var server = new ScriptedServer();
        server.Default = Reply.Json(200, "{\"keys\":[]}");
        using SmoochSession session = Sessions.Basic(server.BaseAddress, keyId: "app_5d8cff3cd55b040010928b5b", secret: NonAsciiSecret);

        await session.AppKeys.ListAsync("5d8cff3cd55b040010928b5b").ToListAsync();

        string header = server.Requests.Single().Headers["Authorization"];
        Assert.StartsWith("Basic ", header);
        Assert.Equal(Encoding.UTF8.GetBytes("app_5d8cff3cd55b040010928b5b:" + NonAsciiSecret), Convert.FromBase64String(header.Substring(6)));
    }

    [Fact]
    public async Task Client_credentials_are_exchanged_once_and_the_token_read_from_json_is_sent_as_bearer()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(200, "{\"access_token\":\"tok\\u0065n-\\/1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        server.Default = Reply.Json(200, "{\"items\":[],\"page_info\":{\"has_next_page\":false}}");
        using SmoochSession session = Sessions.With(server.BaseAddress, new ClientCredentialsAuthenticator("A1b2C3d4E5f6G7h8I9j0K", Unit.Secrets.Secure(NonAsciiSecret)));

        await session.Organization.ListServiceAccountsAsync("org").ToListAsync();
        await session.Organization.ListServiceAccountsAsync("org").ToListAsync();

        RecordedRequest[] requests = server.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.Equal(("POST", "/service-account-token", "grant_type=client_credentials"), (requests[0].Method, requests[0].Target, requests[0].Body));
        Assert.StartsWith("application/x-www-form-urlencoded", requests[0].Headers["Content-Type"]);
        Assert.Equal(Encoding.UTF8.GetBytes("A1b2C3d4E5f6G7h8I9j0K:" + NonAsciiSecret), Convert.FromBase64String(requests[0].Headers["Authorization"].Substring("Basic ".Length)));
        Assert.All(requests.Skip(1), r => Assert.Equal("Bearer token-/1", r.Headers["Authorization"]));
    }
}
