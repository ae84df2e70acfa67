using System;
using System.Net;

namespace Smooch.Emulator.Hosting;

internal static class LoopbackUrls
{
    /// <summary>True when every URL in the semicolon-separated list binds a loopback host.</summary>
    public static bool AllLoopback(string urls, out string? offending)
    {
        foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLoopback(url))
            {
                offending = url;
                return false;
            }
        }
        offending = null;
        return true;
    }

    private static bool IsLoopback(string url)
    {
        // "http://*:5080" and "http://+:5080" are not valid Uris; they bind every interface.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid").Replace("://+", "://wildcard.invalid"), UriKind.Absolute, out Uri? uri))
        {
            return false;
        }

        if (uri.Host == "localhost")
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address);
    }
}
