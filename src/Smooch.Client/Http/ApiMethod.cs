namespace Smooch.Client.Http;

/// <summary>The HTTP methods the APIs use. RestSharp's own enum stays inside <see cref="RestRequestFactory"/>.</summary>
internal enum ApiMethod
{
    Get,
    Post,
    Put,
    Patch,
    Delete,
}
