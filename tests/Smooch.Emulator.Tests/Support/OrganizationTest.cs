using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Tasks;

namespace Smooch.Emulator.Tests.Support;

public abstract class OrganizationTest : EmulatorTest
{
    protected async Task<Reply> RequestToken(string clientId, string clientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "service-account-token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = Http.BasicAuth(clientId, clientSecret);
        HttpResponseMessage response = await Anonymous.SendAsync(request);
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    protected async Task<HttpClient> OrgClient(SeededOrganization org)
    {
        Reply token = await RequestToken(org.ClientId, org.ClientSecret);
        return Bearer(token.Json.Str("access_token"));
    }

    protected static string ServiceAccounts(SeededOrganization org) => $"/organizations/{org.Id}/service-accounts";

    protected static string Credentials(SeededOrganization org) => $"/organizations/{org.Id}/service-accounts/{org.ServiceAccountId}/credentials";

    protected static JsonElement[] Items(Reply reply) => [.. reply.Json.GetProperty("items").EnumerateArray()];
}
