using System;
using Smooch.Client;
using Smooch.Client.Authentication;
using Smooch.PowerShell.Common;
using Smooch.PowerShell.Models;

namespace Smooch.PowerShell.Tests.Unit;

public class SessionResolverTests
{
    [Fact]
    public void Session_wins_over_the_default_when_it_is_of_the_right_API()
    {
        Session given = Sunshine();
        Session fallback = Sunshine();

        Assert.Same(given, SessionResolver.Resolve(given, fallback, SmoochApi.Sunshine, "Get-SmoochAppKey"));
        Assert.Same(fallback, SessionResolver.Resolve(null, fallback, SmoochApi.Sunshine, "Get-SmoochAppKey"));
    }

    [Fact]
    public void No_session_says_how_to_connect_to_that_API()
    {
        var sunshine = Assert.Throws<SessionUnusableException>(() => SessionResolver.Resolve(null, null, SmoochApi.Sunshine, "Get-SmoochAppKey"));
        var organization = Assert.Throws<SessionUnusableException>(() => SessionResolver.Resolve(null, null, SmoochApi.Organization, "Get-SmoochOrganizationCredential"));

        Assert.Equal("NotConnected", sunshine.ErrorId);
        Assert.Contains("Connect-Smooch -Credential", sunshine.Message);
        Assert.Contains("SMOOCH_KEY_ID", sunshine.Message);
        Assert.Contains("Connect-Smooch -ClientCredential", organization.Message);
        Assert.Contains("Get-SmoochOrganizationCredential", organization.Message);
    }

    [Fact]
    public void A_session_of_the_other_API_is_refused()
    {
        var error = Assert.Throws<SessionUnusableException>(() => SessionResolver.Resolve(Sunshine(), null, SmoochApi.Organization, "Get-SmoochOrganizationServiceAccount"));

        Assert.Equal("WrongSessionApi", error.ErrorId);
        Assert.Contains("Sunshine Conversations API", error.Message);
    }

    [Fact]
    public void A_closed_session_is_refused()
    {
        Session closed = Sunshine();
        closed.Close();

        var error = Assert.Throws<SessionUnusableException>(() => SessionResolver.Resolve(closed, null, SmoochApi.Sunshine, "Get-SmoochAppKey"));

        Assert.Equal("SessionClosed", error.ErrorId);
    }

    private static Session Sunshine() => new Session(new SmoochSession(new SmoochSessionOptions
    {
        BaseAddress = new Uri("http://127.0.0.1:9/"),
        Authenticator = new BasicKeyAuthenticator("act_0123456789abcdef01234567", Secrets.Protect("secret")),
    }));
}
