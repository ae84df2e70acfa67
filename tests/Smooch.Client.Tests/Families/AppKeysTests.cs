using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Authentication;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Families;

public class AppKeysTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public AppKeysTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Create_list_get_delete_round_trip()
    {
        using SmoochSession session = _fixture.Sunshine();
        string appId = _fixture.App.AppId;

        CreatedAppKey created = await session.AppKeys.CreateAsync(appId, "Build agent");
        var listed = await session.AppKeys.ListAsync(appId).ToListAsync();
        AppKey fetched = await session.AppKeys.GetAsync(appId, created.KeyId);
        await session.AppKeys.DeleteAsync(appId, created.KeyId);
        var afterDelete = await session.AppKeys.ListAsync(appId).ToListAsync();

        Assert.StartsWith("app_", created.KeyId);
        Assert.Equal(appId, created.AppId);
        Assert.Equal("Build agent", created.DisplayName);
        Assert.False(created.ResponseIncomplete);
        Assert.True(created.Secret.Length >= 24);
        Assert.Contains(listed, k => k.KeyId == created.KeyId && k.AppId == appId && k.DisplayName == "Build agent");
        Assert.Equal(created.KeyId, fetched.KeyId);
        Assert.DoesNotContain(afterDelete, k => k.KeyId == created.KeyId);
        Assert.Equal(1, _fixture.Count("POST", "/v2/apps/"));
        Assert.Equal(1, _fixture.Count("DELETE", "/v2/apps/"));
    }

    [Fact]
    public async Task Created_secret_authenticates_as_the_app_key()
    {
        using SmoochSession session = _fixture.Sunshine();
        string appId = _fixture.App.AppId;
        CreatedAppKey created = await session.AppKeys.CreateAsync(appId, "app scope");

        using SmoochSession asApp = Sessions.With(_fixture.Emulator.BaseAddress, new JwtKeyAuthenticator(created.KeyId, created.Secret));
        var keys = await asApp.IntegrationKeys.ListAsync(appId, _fixture.App.CustomIntegrationIds[0]).ToListAsync();

        Assert.NotNull(keys);
        Assert.Equal(200, _fixture.Journal.Last().Status);
    }

    [Fact]
    public async Task Unknown_key_is_not_found_with_the_api_error_code()
    {
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.GetAsync(_fixture.App.AppId, "app_000000000000000000000000"));

        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("not_found", error.ErrorCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v2/apps/" + _fixture.App.AppId + "/keys/app_000000000000000000000000", error.Path);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains("Request id: " + error.RequestId, error.Message);
    }

    [Fact]
    public async Task Unknown_app_on_delete_reports_app_not_found()
    {
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.AppKeys.DeleteAsync("000000000000000000000000", "app_000000000000000000000000"));

        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
        Assert.Equal("app_not_found", error.ErrorCode);
    }

    [Fact]
    public async Task Display_name_is_checked_before_any_request()
    {
        using SmoochSession session = _fixture.Sunshine();

        var tooLong = await Assert.ThrowsAsync<System.ArgumentException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, new string('x', 101)));
        var blank = await Assert.ThrowsAsync<System.ArgumentException>(() => session.AppKeys.CreateAsync(_fixture.App.AppId, "  "));

        Assert.Equal("displayName", tooLong.ParamName);
        Assert.Equal("displayName", blank.ParamName);
        Assert.Empty(_fixture.Journal);
    }
}
