using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Models;

namespace Smooch.Bench.Raw;

/// <summary>
/// The baseline for the overhead scenario: what a careful hand-written client does for "get app key" — one pooled
/// HttpClient, the same headers as Smooch.Client (Basic auth, Accept, User-Agent, Accept-Encoding), System.Text.Json
/// straight from the response stream into the same model. No retries, logging or error mapping.
/// </summary>
internal sealed class RawAppKeyClient : IDisposable
{
    private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions();

    private readonly HttpClient _http;
    private readonly Uri _baseAddress;
    private readonly AuthenticationHeaderValue _authorization;

    public RawAppKeyClient(Uri baseAddress, string keyId, string secret, string userAgent)
    {
        _baseAddress = baseAddress;
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(keyId + ":" + secret)));
        _http = new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
        });
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<AppKey> GetAppKeyAsync(string appId, string keyId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            new Uri(_baseAddress, "v2/apps/" + Uri.EscapeDataString(appId) + "/keys/" + Uri.EscapeDataString(keyId)));
        request.Headers.Authorization = _authorization;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var envelope = await JsonSerializer.DeserializeAsync<AppKeyEnvelope>(body, s_json, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("no key in the response");
        return envelope.ToAppKey(appId);
    }

    public void Dispose() => _http.Dispose();
}
