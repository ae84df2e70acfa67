using System;

namespace Smooch.Client.Tests.Unit;

public class EndpointsTests
{
    [Theory]
    [InlineData("https://api.smooch.io", "https://api.smooch.io/")]
    [InlineData("https://acme.zendesk.com/sc", "https://acme.zendesk.com/sc/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    [InlineData("http://127.9.8.7:1/", "http://127.9.8.7:1/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080/")]
    public void Accepted_addresses_are_normalised_with_a_trailing_slash(string input, string expected)
    {
        Assert.Equal(expected, SmoochEndpoints.Validate(new Uri(input), "BaseAddress").AbsoluteUri);
    }

    [Theory]
    [InlineData("http://api.smooch.io")]
    [InlineData("http://10.0.0.1:5080")]
    [InlineData("http://128.0.0.1")]
    [InlineData("http://localhost.evil.com")]
    [InlineData("ftp://api.smooch.io")]
    [InlineData("https://user:pw@api.smooch.io")]
    [InlineData("https://api.smooch.io/?x=1")]
    public void Refused_addresses_name_the_parameter(string input)
    {
        var error = Assert.Throws<ArgumentException>(() => SmoochEndpoints.Validate(new Uri(input), "BaseAddress"));
        Assert.Equal("BaseAddress", error.ParamName);
    }

    [Fact]
    public void Relative_address_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SmoochEndpoints.Validate(new Uri("/v2", UriKind.Relative), "BaseAddress"));
        Assert.Equal("BaseAddress", error.ParamName);
    }

    [Fact]
    public void Known_regions()
    {
        Assert.Equal("https://api.smooch.io/", SmoochEndpoints.UnitedStates.AbsoluteUri);
        Assert.Equal("https://api.eu-1.smooch.io/", SmoochEndpoints.EuropeanUnion.AbsoluteUri);
        Assert.Equal("https://api.keycard.ai/", SmoochEndpoints.Organization.AbsoluteUri);
        Assert.Equal("https://acme-eu.zendesk.com/sc/", SmoochEndpoints.ForZendeskSubdomain("Acme-EU").AbsoluteUri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("acme.evil")]
    [InlineData("-acme")]
    [InlineData("acme/")]
    [InlineData("ac me")]
    [InlineData("acme-")]
    [InlineData("acme\n")]
    [InlineData("acmé")]
    [InlineData("a123456789a123456789a123456789a123456789a123456789a123456789abcd")]
    public void Bad_zendesk_subdomain_is_refused(string subdomain)
    {
        var error = Assert.Throws<ArgumentException>(() => SmoochEndpoints.ForZendeskSubdomain(subdomain));
        Assert.Equal("subdomain", error.ParamName);
    }
}
