using System;
using System.Collections.Generic;
using System.Linq;
using Smooch.Client;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

public class ConnectionPlannerTests
{
    private static readonly Uri s_emulator = new Uri("http://127.0.0.1:5080/");

    [Fact]
    public void Without_credentials_the_key_comes_from_the_environment()
    {
        var plans = Plan(new ConnectionRequest { FromEnvironment = true }, ("SMOOCH_KEY_ID", "act_0123456789abcdef01234567"), ("SMOOCH_SECRET", "s3cret"), ("SMOOCH_BASE_URI", s_emulator.ToString()));

        SmoochSessionOptions plan = Assert.Single(plans);
        Assert.Equal(SmoochApi.Sunshine, plan.Authenticator!.Api);
        Assert.Equal("act_0123456789abcdef01234567", plan.Authenticator.KeyId);
        Assert.Equal("Basic", plan.Authenticator.AuthMode);
        Assert.Equal(s_emulator, plan.BaseAddress);
        Assert.Same(RequestLogRouter.Instance, plan.Log);
    }

    [Fact]
    public void Both_APIs_connect_when_both_sets_of_variables_exist()
    {
        var plans = Plan(new ConnectionRequest { FromEnvironment = true, AuthMode = "Jwt" },
            ("SMOOCH_KEY_ID", "act_0123456789abcdef01234567"), ("SMOOCH_SECRET", "s"), ("SMOOCH_CLIENT_ID", "client"), ("SMOOCH_CLIENT_SECRET", "cs"));

        Assert.Equal(new[] { SmoochApi.Sunshine, SmoochApi.Organization }, plans.Select(p => p.Authenticator!.Api));
        Assert.Equal("Jwt", plans[0].Authenticator!.AuthMode);
        Assert.Equal("ClientCredentials", plans[1].Authenticator!.AuthMode);
    }

    [Fact]
    public void No_variables_is_an_error_naming_them_and_never_a_prompt()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(new ConnectionRequest { FromEnvironment = true }));

        Assert.Contains("SMOOCH_KEY_ID", error.Message);
        Assert.Contains("SMOOCH_CLIENT_ID", error.Message);
    }

    [Fact]
    public void Half_a_pair_names_the_missing_variable()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(new ConnectionRequest { FromEnvironment = true }, ("SMOOCH_KEY_ID", "act_0123456789abcdef01234567")));

        Assert.Equal("SMOOCH_SECRET", error.ParamName);
    }

    [Theory]
    [InlineData("EU", null, "https://api.eu-1.smooch.io/")]
    [InlineData("Eu", null, "https://api.eu-1.smooch.io/")]
    [InlineData("US", null, "https://api.smooch.io/")]
    [InlineData(null, "acme", "https://acme.zendesk.com/sc/")]
    public void Region_and_subdomain_choose_the_host(string? region, string? subdomain, string expected)
    {
        var plan = Plan(Key(new ConnectionRequest { Region = region, Subdomain = subdomain })).Single();

        Assert.Equal(new Uri(expected), plan.BaseAddress);
    }

    [Fact]
    public void Two_locations_at_once_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(Key(new ConnectionRequest { Region = "EU", BaseUri = s_emulator })));

        Assert.Contains("-Region", error.Message);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_naming_BaseUri()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(Key(new ConnectionRequest { BaseUri = new Uri("http://api.example.com/") })));

        Assert.Equal("BaseUri", error.ParamName);
    }

    [Fact]
    public void Timeout_retries_and_proxy_are_carried_over()
    {
        var plan = Plan(Key(new ConnectionRequest { TimeoutSec = 7, MaxRetries = 0, Proxy = new Uri("http://proxy.local:8080/") })).Single();

        Assert.Equal(TimeSpan.FromSeconds(7), plan.Timeout);
        Assert.Equal(0, plan.Retry.MaxRetries);
        Assert.NotNull(plan.Proxy);
    }

    [Fact]
    public void A_proxy_credential_without_a_proxy_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Plan(Key(new ConnectionRequest { ProxyCredential = new System.Net.NetworkCredential("u", "p") })));

        Assert.Equal("ProxyCredential", error.ParamName);
    }

    [Fact]
    public void Region_does_not_apply_to_the_organization_API()
    {
        var request = new ConnectionRequest { ClientId = "client", ClientSecret = Secrets.Protect("cs"), Region = "EU" };

        Assert.Throws<ArgumentException>(() => Plan(request));
    }

    private static ConnectionRequest Key(ConnectionRequest request)
    {
        request.KeyId = "act_0123456789abcdef01234567";
        request.Secret = Secrets.Protect("secret");
        return request;
    }

    private static IReadOnlyList<SmoochSessionOptions> Plan(ConnectionRequest request, params (string Name, string Value)[] variables)
    {
        var environment = variables.ToDictionary(v => v.Name, v => v.Value);
        return ConnectionPlanner.Plan(request, name => environment.TryGetValue(name, out string? value) ? value : null);
    }
}
