using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using RestSharp;
using RestSharp.Interceptors;

namespace Smooch.Client.Http;

/// <summary>Turns an <see cref="ApiRequest"/> into the RestSharp request of one attempt.</summary>
internal static class RestRequestFactory
{
    public static RestRequest Create(ApiRequest request, string authorization, TimeSpan timeout)
    {
        // Relative to the client's BaseUrl (the session's base address, which ends with '/'): RestSharp joins the two
        // and parses the result once; an absolute Uri here would be parsed by us and twice more by RestSharp.
        var rest = new RestRequest(Resource(request), MethodOf(request.Method))
        {
            Timeout = timeout,
            Interceptors = new List<Interceptor>(1) { new AuthorizationInterceptor(authorization) },
            // BodyCaptureHandler has read the body inside the handler chain; HttpClient buffering it again would copy it.
            CompletionOption = HttpCompletionOption.ResponseHeadersRead,
            AdvancedResponseWriter = (message, sent) => new WireRestResponse(sent, WireResponseReader.Read(message)),
        };
        if (request.JsonBody != null)
        {
            rest.AddStringBody(request.JsonBody, ContentType.Json);
        }
        else if (request.FormBody != null)
        {
            rest.AddStringBody(request.FormBody, ContentType.FormUrlEncoded);
        }
        return rest;
    }

    private static Method MethodOf(ApiMethod method)
    {
        switch (method)
        {
            case ApiMethod.Post:
                return Method.Post;
            case ApiMethod.Put:
                return Method.Put;
            case ApiMethod.Patch:
                return Method.Patch;
            case ApiMethod.Delete:
                return Method.Delete;
            default:
                return Method.Get;
        }
    }

    /// <summary>The path as built, plus the escaped query string.</summary>
    private static string Resource(ApiRequest request)
    {
        string path = request.Path;
        if (request.Query.Count == 0)
        {
            return path;
        }
        var resource = new StringBuilder(path.Length + 64).Append(path);
        char separator = '?';
        foreach (var pair in request.Query)
        {
            resource.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            separator = '&';
        }
        return resource.ToString();
    }
}
