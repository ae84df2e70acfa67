using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Common;

/// <summary>Picks the session a cmdlet uses: -Session if given, else the runspace's default session of the cmdlet's API.</summary>
internal static class SessionResolver
{
    public static Session Resolve(Session? given, Session? defaultSession, SmoochApi api, string commandName)
    {
        if (given is not null)
        {
            if (given.Api != api)
            {
                throw new SessionUnusableException(
                    $"{commandName} calls the {Describe(api)}, but the session given with -Session is connected to the {Describe(given.Api)} ({given.BaseAddress}). Pass a session from {HowToConnect(api)}.",
                    "WrongSessionApi",
                    ErrorCategory.InvalidArgument);
            }

            return EnsureOpen(given);
        }

        if (defaultSession is null)
        {
            throw new SessionUnusableException(
                $"{commandName} needs a connection to the {Describe(api)}, and this PowerShell session has none. Run {HowToConnect(api)} first.",
                "NotConnected",
                ErrorCategory.ConnectionError);
        }

        return EnsureOpen(defaultSession);
    }

    public static string Describe(SmoochApi api) =>
        api == SmoochApi.Organization ? "organization API" : "Sunshine Conversations API";

    public static string HowToConnect(SmoochApi api) => api == SmoochApi.Organization
        ? "Connect-Smooch -ClientCredential (client id and secret of an organization service-account credential), or Connect-Smooch with SMOOCH_CLIENT_ID and SMOOCH_CLIENT_SECRET set"
        : "Connect-Smooch -Credential (key id and secret), or Connect-Smooch with SMOOCH_KEY_ID and SMOOCH_SECRET set";

    private static Session EnsureOpen(Session session)
    {
        if (!session.IsConnected)
        {
            throw new SessionUnusableException(
                $"The session to {session.BaseAddress} was closed by Disconnect-Smooch. Run {HowToConnect(session.Api)} again.",
                "SessionClosed",
                ErrorCategory.ConnectionError);
        }

        return session;
    }
}
