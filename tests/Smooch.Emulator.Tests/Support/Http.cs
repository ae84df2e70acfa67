using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Smooch.Emulator.Tests.Support;

public sealed record Reply(HttpStatusCode Status, string Text, HttpResponseMessage Message)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;
    public int Code => (int)Status;
}

public static class Http
{
    public static AuthenticationHeaderValue BasicAuth(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<Reply> Send(this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            request.Content = Json(json);
        }

        HttpResponseMessage response = await client.SendAsync(request);
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    public static Task<Reply> Get(this HttpClient client, string path) => client.Send(HttpMethod.Get, path);
    public static Task<Reply> Post(this HttpClient client, string path, string json) => client.Send(HttpMethod.Post, path, json);
    public static Task<Reply> Put(this HttpClient client, string path, string json) => client.Send(HttpMethod.Put, path, json);
    public static Task<Reply> Patch(this HttpClient client, string path, string json) => client.Send(HttpMethod.Patch, path, json);
    public static Task<Reply> Delete(this HttpClient client, string path) => client.Send(HttpMethod.Delete, path);

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    /// <summary>v2 error code, v1.1 error code, or Organization code — whichever shape the body has.</summary>
    public static string ErrorCode(this Reply reply)
    {
        JsonElement json = reply.Json;
        if (json.TryGetProperty("errors", out JsonElement errors))
        {
            return errors[0].Str("code");
        }

        if (json.TryGetProperty("error", out JsonElement error))
        {
            return error.Str("code");
        }

        return json.Str("code");
    }
}
