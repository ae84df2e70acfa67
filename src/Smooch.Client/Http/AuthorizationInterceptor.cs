using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using RestSharp.Interceptors;

namespace Smooch.Client.Http;

/// <summary>
/// Puts one attempt's Authorization header straight onto the outgoing message. As a RestSharp request parameter it
/// would go through RestSharp's per-call parameter merging, which measurably slowed every call (bench: overhead).
/// </summary>
internal sealed class AuthorizationInterceptor : Interceptor
{
    private readonly string _value;

    public AuthorizationInterceptor(string value)
    {
        _value = value;
    }

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        requestMessage.Headers.TryAddWithoutValidation("Authorization", _value);
        return default;
    }
}
