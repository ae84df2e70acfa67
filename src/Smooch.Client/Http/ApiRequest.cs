using System.Collections.Generic;
using RestSharp;

namespace Smooch.Client.Http
{
    /// <summary>What a family asks the pipeline to send; the pipeline adds auth, retries, logging and error mapping.</summary>
    internal sealed class ApiRequest
    {
        public ApiRequest(Method method, string path, SmoochApi api)
        {
            Method = method;
            Path = path;
            Api = api;
            MethodName = NameOf(method);
            SafeToRepeat = method != Method.Post;
        }

        public Method Method { get; }

        /// <summary>Escaped path beginning with '/', built by <see cref="Validation.ApiPath"/>.</summary>
        public string Path { get; }

        /// <summary>The API this route belongs to; a session for the other API refuses it before sending.</summary>
        public SmoochApi Api { get; }

        public List<KeyValuePair<string, string>> Query { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>Serialised JSON body, or null.</summary>
        public string? JsonBody { get; set; }

        /// <summary>application/x-www-form-urlencoded body, or null.</summary>
        public string? FormBody { get; set; }

        /// <summary>
        /// True when repeating the request after an attempt that may have reached the server cannot create anything twice.
        /// Defaults to true for every method except POST.
        /// </summary>
        public bool SafeToRepeat { get; set; }

        /// <summary>For a create: what it makes ("app key"), for messages about a damaged response.</summary>
        public string? CreatedKind { get; private set; }

        /// <summary>For a create: the wire name of the new object's id ("id", "_id"), to read it from a damaged response.</summary>
        public string? CreatedIdField { get; private set; }

        public ApiRequest Creates(string kind, string idField)
        {
            CreatedKind = kind;
            CreatedIdField = idField;
            return this;
        }

        public ApiRequest WithJson<T>(T body)
        {
            JsonBody = Json.JsonBody.Write(body);
            return this;
        }

        public ApiRequest WithQuery(string name, string? value)
        {
            if (value != null)
            {
                Query.Add(new KeyValuePair<string, string>(name, value));
            }
            return this;
        }

        /// <summary>"GET", "POST", ... for logs and messages.</summary>
        public string MethodName { get; }

        private static string NameOf(Method method)
        {
            switch (method)
            {
                case Method.Get: return "GET";
                case Method.Post: return "POST";
                case Method.Put: return "PUT";
                case Method.Delete: return "DELETE";
                case Method.Patch: return "PATCH";
                default: return method.ToString().ToUpperInvariant();
            }
        }
    }
}
