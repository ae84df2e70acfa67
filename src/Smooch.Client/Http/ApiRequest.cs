using System.Collections.Generic;

namespace Smooch.Client.Http;

/// <summary>What a family asks the pipeline to send; the pipeline adds auth, retries, logging and error mapping.</summary>
internal sealed class ApiRequest
{
    public ApiRequest(ApiMethod method, string path, SmoochApi api)
    {
        Method = method;
        Path = path;
        Api = api;
        MethodName = NameOf(method);
        SafeToRepeat = method != ApiMethod.Post;
    }

    public ApiMethod Method { get; }

    /// <summary>
    /// Escaped path relative to the session's base address, built once by <see cref="Validation.ApiPath"/>. It begins
    /// with '/', the form logs and errors show; RestSharp reads a leading '/' as relative to its base address.
    /// </summary>
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

    private static string NameOf(ApiMethod method)
    {
        switch (method)
        {
            case ApiMethod.Get:
                return "GET";
            case ApiMethod.Post:
                return "POST";
            case ApiMethod.Put:
                return "PUT";
            case ApiMethod.Delete:
                return "DELETE";
            case ApiMethod.Patch:
                return "PATCH";
            default:
                return method.ToString().ToUpperInvariant();
        }
    }
}
