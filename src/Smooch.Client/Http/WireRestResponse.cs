using RestSharp;

namespace Smooch.Client.Http;

/// <summary>
/// Carries the <see cref="WireResponse"/> read inside RestSharp's call back out of it: RestSharp hands back the
/// response object its response writer made, and <see cref="RestTransport"/> takes the wire response off it.
/// </summary>
internal sealed class WireRestResponse : RestResponse
{
    public WireRestResponse(RestRequest request, WireResponse wire)
        : base(request)
    {
        Wire = wire;
        ResponseStatus = ResponseStatus.Completed;
    }

    public WireResponse Wire { get; }
}
