using System;
using System.Text;
using RestSharp;

namespace Smooch.Client.Http
{
    /// <summary>Turns an <see cref="ApiRequest"/> into the RestSharp request of one attempt.</summary>
    internal static class RestRequestFactory
    {
        public static RestRequest Create(Uri baseAddress, ApiRequest request, string authorization, TimeSpan timeout)
        {
            var url = new StringBuilder(baseAddress.AbsoluteUri).Append(request.Path.TrimStart('/'));
            char separator = '?';
            foreach (var pair in request.Query)
            {
                url.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
                separator = '&';
            }
            var rest = new RestRequest(new Uri(url.ToString()), request.Method) { Timeout = timeout };
            rest.AddHeader("Authorization", authorization);
            rest.AddHeader("Accept", "application/json");
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
    }
}
