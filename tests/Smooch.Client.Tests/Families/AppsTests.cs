using System;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Families;

public class AppsTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AppsTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Apps_stream_across_pages_in_creation_order()
    {
        var seeded = _fixture.Control.SeedApps(5, 0);
        using SmoochSession session = _fixture.Sunshine();

        var apps = await session.Apps.ListAsync(pageSize: 2).ToListAsync();

        Assert.Equal(new[] { _fixture.App.AppId }.Concat(seeded.Select(a => a.AppId)), apps.Select(a => a.AppId));
        Assert.Equal(3, _fixture.Count("GET", "/v2/apps"));
    }

    [Fact]
    public async Task Apps_of_a_service_account_send_the_filter_on_every_page()
    {
        var apps = _fixture.Control.SeedApps(4, 0).Select(a => a.AppId).ToList();
        string serviceAccountId = _fixture.Control.SeedServiceAccounts(1)[0];
        foreach (string appId in new[] { apps[0], apps[1], apps[3] })
        {
            _fixture.Control.GrantAppAccess(serviceAccountId, appId);
        }
        using SmoochSession session = _fixture.Sunshine();

        var accessible = await session.Apps.ListAccessibleAsync(serviceAccountId, pageSize: 2).ToListAsync();

        Assert.Equal(new[] { apps[0], apps[1], apps[3] }, accessible.Select(a => a.AppId));
        Assert.Equal(
            new[] { $"?filter[serviceAccountId]={serviceAccountId}&page[size]=2", $"?filter[serviceAccountId]={serviceAccountId}&page[size]=2&page[after]={apps[1]}" },
            _fixture.Journal.Where(e => e.Path == "/v2/apps").Select(e => Uri.UnescapeDataString(e.Query)));
    }

    [Fact]
    public async Task Get_app_returns_its_id_and_display_name()
    {
        using SmoochSession session = _fixture.Sunshine();

        App app = await session.Apps.GetAsync(_fixture.App.AppId);

        Assert.Equal((_fixture.App.AppId, "App 1"), (app.AppId, app.DisplayName));
    }

    [Fact]
    public async Task Integrations_of_an_app_carry_app_id_type_and_status()
    {
        using SmoochSession session = _fixture.Sunshine();

        var integrations = await session.Apps.ListIntegrationsAsync(_fixture.App.AppId).ToListAsync();

        Assert.Contains(integrations, i => i.IntegrationId == _fixture.App.CustomIntegrationIds[0] && i.Type == "custom" && i.AppId == _fixture.App.AppId && i.Status == "active");
        Assert.Contains(integrations, i => i.IntegrationId == _fixture.App.NonCustomIntegrationId && i.Type != "custom");
    }

    [Fact]
    public async Task Integrations_of_given_types_send_filter_types_once_per_type()
    {
        using SmoochSession session = _fixture.Sunshine();

        var custom = await session.Apps.ListIntegrationsAsync(_fixture.App.AppId, new[] { "custom", "custom" }).ToListAsync();

        Assert.Equal(new[] { _fixture.App.CustomIntegrationIds[0] }, custom.Select(i => i.IntegrationId));
        Assert.Equal("?filter[types]=custom&page[size]=100", Uri.UnescapeDataString(Assert.Single(_fixture.Journal).Query));
    }

    [Fact]
    public async Task Get_integration_returns_it_with_its_app_id()
    {
        using SmoochSession session = _fixture.Sunshine();

        Integration integration = await session.Apps.GetIntegrationAsync(_fixture.App.AppId, _fixture.App.NonCustomIntegrationId);

        Assert.Equal((_fixture.App.AppId, _fixture.App.NonCustomIntegrationId, "web"), (integration.AppId, integration.IntegrationId, integration.Type));
    }

    [Theory]
    [InlineData("")]
    [InlineData("custom,sms")]
    [InlineData("Custom")]
    [InlineData("custom,")]
    public async Task Integration_types_that_are_not_the_vendors_are_refused_before_sending(string commaList)
    {
        string[] types = commaList.Length == 0 ? Array.Empty<string>() : commaList.Split(',');
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => session.Apps.ListIntegrationsAsync(_fixture.App.AppId, types).ToListAsync());

        Assert.Equal("types", error.ParamName);
        Assert.Empty(_fixture.Journal);
    }

    [Fact]
    public void Integration_types_are_the_vendors_and_custom_is_among_them()
    {
        Assert.Equal(16, IntegrationTypes.All.Count);
        Assert.Contains(IntegrationTypes.Custom, IntegrationTypes.All);
        Assert.True(IntegrationTypes.IsKnown("whatsapp"));
        Assert.False(IntegrationTypes.IsKnown("WhatsApp"));
    }
}
