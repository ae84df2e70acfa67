using System;
using System.Text;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Auth;

namespace Smooch.Emulator.Faults;

/// <summary>
/// The error text of an <see cref="FaultKind.EchoCredential"/> fault: quotes the request's credential the way a careless
/// server or proxy might ("Invalid key act_…:secret"), so clients can prove they never pass such text on.
/// </summary>
internal static class CredentialEcho
{
    public static string Message(HttpRequest request, FaultRule rule)
    {
        string header = request.Headers.Authorization.ToString();
        (string? user, string secret) = Split(header);
        string quoted = rule.Echo switch
        {
            EchoForm.Header => header,
            EchoForm.Base64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)),
            EchoForm.UrlEncoded => Uri.EscapeDataString(secret),
            _ => secret,
        };
        string message = $"Invalid key {user ?? "token"}:{quoted}";
        return rule.PadBytes <= message.Length ? message : Pad(message, rule.PadBytes);
    }

    /// <summary>Basic gives its user and password; Bearer its token; anything else is quoted whole.</summary>
    private static (string? User, string Secret) Split(string header)
    {
        if (BasicCredentials.Parse(header) is (string user, string password))
        {
            return (user, password);
        }

        return (null, BasicCredentials.BearerToken(header) ?? header);
    }

    /// <summary>The quote in the middle of filler, so a reader that keeps only the start or the end of a long text still meets it.</summary>
    private static string Pad(string message, int bytes)
    {
        int half = (bytes - message.Length) / 2;
        return new StringBuilder(bytes + 2)
            .Append('x', half).Append(' ').Append(message).Append(' ').Append('y', bytes - message.Length - half)
            .ToString();
    }
}
