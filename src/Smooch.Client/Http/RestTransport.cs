using System;
using System.Threading;
using System.Threading.Tasks;
using RestSharp;

namespace Smooch.Client.Http;

/// <summary>
/// The session's one RestSharp client, behind the pipeline: sends one attempt and hands back its outcome as the
/// pipeline's own <see cref="AttemptResult"/>. RestSharp's user agent, response reader, authentication and status
/// handling are all replaced (see <see cref="RestClientFactory"/> and <see cref="RestRequestFactory"/>); what it
/// does here is build the URL, send the message through its HttpClient and apply the attempt's timeout.
/// </summary>
internal sealed class RestTransport : IDisposable
{
    private readonly RestClient _client;

    public RestTransport(SmoochSessionOptions options, Uri baseAddress, string userAgent)
    {
        _client = RestClientFactory.Create(options, baseAddress, userAgent);
    }

    public async Task<AttemptResult> SendAsync(ApiRequest request, string authorization, TimeSpan timeout, CancellationToken cancellationToken)
    {
        RestResponse response = await _client.ExecuteAsync(RestRequestFactory.Create(request, authorization, timeout), cancellationToken).ConfigureAwait(false);
        return response is WireRestResponse arrived
            ? AttemptClassifier.Classify(arrived.Wire)
            : AttemptClassifier.Failed(response.ResponseStatus == ResponseStatus.TimedOut, response.ErrorException);
    }

    public void Dispose()
    {
        _client.Dispose();
    }
}
