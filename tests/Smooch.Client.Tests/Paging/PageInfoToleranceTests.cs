using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Paging;

/// <summary>Page metadata variants the emulator does not produce: alternative field names and broken cursors.</summary>
public class PageInfoToleranceTests
{
    private const string Token = "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}";

    private static SmoochSession OrgSession(ScriptedServer server)
    {
        return Sessions.With(server.BaseAddress, new ClientCredentialsAuthenticator("c", Unit.Secrets.Secure("s")));
    }

    private static string Page(string id, string pageInfo)
    {
        return "{\"items\":[{\"id\":\"" + id + "\",\"client_id\":\"c\",\"name\":\"n\"}],\"page_info\":" + pageInfo + "}";
    }

    [Fact]
    public async Task Has_previous_page_spelling_is_accepted_and_cursor_is_sent_as_after()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(
            Reply.Json(200, Token),
            Reply.Json(200, Page("a", "{\"has_next_page\":true,\"has_previous_page\":false,\"end_cursor\":\"cur-1\"}")),
            Reply.Json(200, Page("b", "{\"has_next_page\":false,\"has_previous_page\":true,\"end_cursor\":\"cur-2\"}")));
        using SmoochSession session = OrgSession(server);

        var items = await session.Organization.ListCredentialsAsync("o", "s", expandPermissions: true, pageSize: 1).ToListAsync();

        Assert.Equal(new[] { "a", "b" }, items.Select(i => i.CredentialId));
        string[] targets = server.Requests.Select(r => r.Target).ToArray();
        Assert.Equal("/organizations/o/service-accounts/s/credentials?limit=1&expand=permissions", targets[1]);
        Assert.Equal("/organizations/o/service-accounts/s/credentials?limit=1&after=cur-1&expand=permissions", targets[2]);
    }

    [Fact]
    public async Task Next_page_without_a_cursor_is_a_malformed_response()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(200, Token), Reply.Json(200, Page("a", "{\"has_next_page\":true,\"has_prev_page\":false}")));
        using SmoochSession session = OrgSession(server);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.Organization.ListCredentialsAsync("o", "s").ToListAsync());

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("page_info.end_cursor", error.Message);
    }

    [Fact]
    public async Task Cursor_that_does_not_advance_stops_the_listing_with_an_error()
    {
        await using var server = new ScriptedServer();
        string same = Page("a", "{\"has_next_page\":true,\"has_prev_page\":false,\"end_cursor\":\"stuck\"}");
        server.Enqueue(Reply.Json(200, Token), Reply.Json(200, same), Reply.Json(200, same), Reply.Json(200, same));
        using SmoochSession session = OrgSession(server);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.Organization.ListCredentialsAsync("o", "s").ToListAsync());

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Offset_paging_sends_limit_and_offset_and_stops_on_has_more_false()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(
            Reply.Json(200, "{\"serviceAccounts\":[{\"_id\":\"1\",\"name\":\"a\"},{\"_id\":\"2\",\"name\":\"b\"}],\"hasMore\":true,\"offset\":0}"),
            Reply.Json(200, "{\"serviceAccounts\":[{\"_id\":\"3\",\"name\":\"c\"}],\"hasMore\":false,\"offset\":2}"));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var items = await session.ServiceAccounts.ListAsync(pageSize: 2).ToListAsync();

        Assert.Equal(new[] { "1", "2", "3" }, items.Select(i => i.ServiceAccountId));
        Assert.Equal(new[] { "/v1.1/serviceaccounts?limit=2&offset=0", "/v1.1/serviceaccounts?limit=2&offset=2" }, server.Requests.Select(r => r.Target));
    }

    [Fact]
    public async Task Missing_list_envelope_is_a_malformed_response()
    {
        await using var server = new ScriptedServer();
        server.Enqueue(Reply.Json(200, "{\"accounts\":[]}"));
        using SmoochSession session = Sessions.Basic(server.BaseAddress);

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.ServiceAccounts.ListAsync().ToListAsync());

        Assert.Equal(SmoochErrorKind.MalformedResponse, error.Kind);
        Assert.Contains("'serviceAccounts'", error.Message);
    }
}
