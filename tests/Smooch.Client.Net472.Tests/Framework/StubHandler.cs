using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Tests.Framework;

/// <summary>Answers every request with the response the test builds, without a network.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<HttpResponseMessage> _respond;

    public StubHandler(Func<HttpResponseMessage> respond)
    {
        _respond = respond;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response = _respond();
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
