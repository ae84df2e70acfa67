using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Families;

public class IntegrationKeysTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public IntegrationKeysTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Create_list_get_delete_round_trip()
    {
        using SmoochSession session = _fixture.Sunshine();
        string appId = _fixture.App.AppId;
        string integrationId = _fixture.App.CustomIntegrationIds[0];

        CreatedIntegrationKey created = await session.IntegrationKeys.CreateAsync(appId, integrationId, "webhook signer");
        var listed = await session.IntegrationKeys.ListAsync(appId, integrationId).ToListAsync();
        IntegrationKey fetched = await session.IntegrationKeys.GetAsync(appId, integrationId, created.KeyId);
        await session.IntegrationKeys.DeleteAsync(appId, integrationId, created.KeyId);
        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.IntegrationKeys.GetAsync(appId, integrationId, created.KeyId));

        Assert.StartsWith("int_", created.KeyId);
        Assert.Equal(integrationId, created.IntegrationId);
        Assert.Equal(appId, created.AppId);
        Assert.True(created.Secret.Length > 0);
        Assert.Contains(listed, k => k.KeyId == created.KeyId && k.IntegrationId == integrationId && k.DisplayName == "webhook signer");
        Assert.Equal("webhook signer", fetched.DisplayName);
        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task Non_custom_integration_is_a_bad_request_with_the_documented_title()
    {
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(async () =>
            await session.IntegrationKeys.ListAsync(_fixture.App.AppId, _fixture.App.NonCustomIntegrationId).ToListAsync());

        Assert.Equal(SmoochErrorKind.BadRequest, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("bad_request", error.ErrorCode);
        Assert.Equal("API keys are available only for custom integrations", error.ErrorTitle);
    }

    [Fact]
    public async Task Created_integration_key_secret_is_usable_to_sign_a_jwt_the_emulator_accepts()
    {
        using SmoochSession session = _fixture.Sunshine();
        CreatedAppKey appKey = await session.AppKeys.CreateAsync(_fixture.App.AppId, "signer");

        using SmoochSession asApp = Sessions.With(_fixture.Emulator.BaseAddress, new BasicKeyAuthenticator(appKey.KeyId, appKey.Secret));
        CreatedIntegrationKey created = await asApp.IntegrationKeys.CreateAsync(_fixture.App.AppId, _fixture.App.CustomIntegrationIds[0], "by app key");

        Assert.StartsWith("int_", created.KeyId);
    }
}
