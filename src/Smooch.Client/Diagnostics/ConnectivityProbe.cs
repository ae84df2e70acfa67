using System;
using System.Threading;
using System.Threading.Tasks;
using RestSharp;

namespace Smooch.Client.Diagnostics
{
    /// <summary>
    /// One unauthenticated GET through RestSharp, for checking that the module's own HTTP stack loads
    /// and works in the host (used by the load-context isolation test and for troubleshooting).
    /// </summary>
    public static class ConnectivityProbe
    {
        /// <summary>Sends GET to <paramref name="address"/> and returns the HTTP status code (0 when no response came).</summary>
        public static async Task<int> GetStatusCodeAsync(Uri address, CancellationToken cancellationToken)
        {
            using var client = new RestClient(new RestClientOptions(address) { ThrowOnAnyError = false });
            RestResponse response = await client.ExecuteAsync(new RestRequest(string.Empty, Method.Get), cancellationToken).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
    }
}
