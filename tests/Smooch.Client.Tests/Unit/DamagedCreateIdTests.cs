using System.Text;
using Smooch.Client.Http;
using Smooch.Client.Json;

namespace Smooch.Client.Tests.Unit;

public class DamagedCreateIdTests
{
    [Theory]
    [InlineData("{\"key\":{\"id\":\"app_1\",\"secret\":\"abc", "app_1")]
    [InlineData("{\"key\":{\"displayName\":\"id\",\"id\":\"app_2\"", "app_2")]
    [InlineData("{\"key\":{\"id\":\"app_3", null)]
    [InlineData("{\"key\":{\"id\": app_<html>", null)]
    [InlineData("{\"key\":{\"id\":\"has space\",\"secret\":\"x\"", null)]
    [InlineData("{\"key\":{\"id\":\"\",\"secret\":\"x\"", null)]
    [InlineData("{\"key\":{\"secret\":\"x\"", null)]
    public void Only_a_complete_plain_id_before_the_damage_is_read(string body, string? expected)
    {
        var request = new ApiRequest(ApiMethod.Post, "/v2/apps/a/keys", SmoochApi.Sunshine).Creates("app key", "id");

        Assert.Equal(expected, DamagedCreate.ReadableId(new ApiResponse(request, 201, Encoding.UTF8.GetBytes(body), null, incomplete: false)));
    }

    [Fact]
    public void A_request_that_declares_no_id_field_reads_none()
    {
        var request = new ApiRequest(ApiMethod.Post, "/v2/apps/a/keys", SmoochApi.Sunshine);

        Assert.Null(DamagedCreate.ReadableId(new ApiResponse(request, 201, Encoding.UTF8.GetBytes("{\"id\":\"app_1\""), null, incomplete: false)));
    }

    [Fact]
    public void ReadString_stops_at_the_first_value_of_the_name()
    {
        Assert.Equal("first", JsonSalvage.ReadString(Encoding.UTF8.GetBytes("{\"a\":{\"id\":\"first\"},\"id\":\"second\"}"), "id"));
    }
}
