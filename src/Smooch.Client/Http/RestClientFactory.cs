using System;
using RestSharp;

namespace Smooch.Client.Http;

/// <summary>Builds the one RestSharp client a session reuses for every call.</summary>
internal static class RestClientFactory
{
    private static readonly string[] s_jsonOnly = { ContentType.Json };

    public static RestClient Create(SmoochSessionOptions options, Uri baseAddress, string userAgent)
    {
        var restOptions = new RestClientOptions(baseAddress)
        {
            // User-Agent is an HttpClient default header and Accept comes from AcceptedContentTypes below, rather
            // than request parameters, which RestSharp merges anew on every call (bench: overhead).
            UserAgent = null,
            Proxy = options.Proxy,
            FollowRedirects = false,
            Expect100Continue = false,
            ThrowOnAnyError = false,
            SetErrorExceptionOnUnsuccessfulStatusCode = false,
            CalculateResponseStatus = _ => ResponseStatus.Completed,
            Timeout = options.Timeout,
            ConfigureMessageHandler = handler => new BodyCaptureHandler(ConnectionLimit.Raise(handler)),
        };
        var client = new RestClient(restOptions, headers => headers.TryAddWithoutValidation("User-Agent", userAgent));
        client.AcceptedContentTypes = s_jsonOnly;
        return client;
    }
}
