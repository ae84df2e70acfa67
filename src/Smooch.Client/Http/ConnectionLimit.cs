using System.Net.Http;

namespace Smooch.Client.Http;

internal static class ConnectionLimit
{
    /// <summary>Parallel connections per host. .NET Framework defaults to 2 (ServicePointManager), which would serialise bulk work in Windows PowerShell.</summary>
    public const int PerServer = 64;

    public static HttpMessageHandler Raise(HttpMessageHandler handler)
    {
#if NETFRAMEWORK
        if (handler is HttpClientHandler clientHandler)
        {
            clientHandler.MaxConnectionsPerServer = PerServer;
        }
#endif
        return handler;
    }
}
