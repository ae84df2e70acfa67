using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using RestSharp;
using Smooch.Client.Models;

namespace Smooch.Bench.Raw;

/// <summary>
/// A diagnostic middle point for the overhead scenario: RestSharp configured like SmoochSession configures it, the
/// same request and headers, System.Text.Json from the response bytes — but none of Smooch.Client's pipeline
/// (authenticator, gate, retries, classification, logging hooks). Splits the overhead into RestSharp's and the
/// client's own.
/// </summary>
internal sealed class BareRestSharpAppKeyClient : IDisposable
{
    private static readonly JsonSerializerOptions s_json = new JsonSerializerOptions();

    private readonly RestClient _rest;
    private readonly Uri _baseAddress;
    private readonly string _authorization;

    public BareRestSharpAppKeyClient(Uri baseAddress, string keyId, string secret, string userAgent)
    {
        _baseAddress = baseAddress;
        _authorization = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(keyId + ":" + secret));
        _rest = new RestClient(new RestClientOptions(baseAddress)
        {
            UserAgent = userAgent,
            FollowRedirects = false,
            ThrowOnAnyError = false,
            SetErrorExceptionOnUnsuccessfulStatusCode = false,
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            Timeout = TimeSpan.FromSeconds(100),
        });
    }

    public async Task<AppKey> GetAppKeyAsync(string appId, string keyId, CancellationToken cancellationToken)
    {
        var request = new RestRequest(
            new Uri(_baseAddress, "v2/apps/" + Uri.EscapeDataString(appId) + "/keys/" + Uri.EscapeDataString(keyId)), Method.Get)
        {
            Timeout = TimeSpan.FromSeconds(100),
        };
        request.AddHeader("Authorization", _authorization);
        request.AddHeader("Accept", "application/json");
        var response = await _rest.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode != 200 || response.RawBytes is null)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
        }

        var envelope = JsonSerializer.Deserialize<AppKeyEnvelope>(response.RawBytes, s_json) ?? throw new InvalidOperationException("no key in the response");
        return envelope.ToAppKey(appId);
    }

    public void Dispose() => _rest.Dispose();
}
