using System.Text;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Unit;

public class ErrorBodyTests
{
    [Theory]
    [InlineData("{\"errors\":[{\"code\":\"app_not_found\",\"title\":\"App not found\"}]}", "app_not_found", "App not found")]
    [InlineData("{\"error\":{\"code\":\"unauthorized\",\"description\":\"Authorization is required\"}}", "unauthorized", "Authorization is required")]
    [InlineData("{\"message\":\"Not found\",\"code\":\"not_found\",\"status\":404}", "not_found", "Not found")]
    [InlineData("{\"errors\":[{\"code\":\"bad_request\",\"title\":\"one\"},{\"code\":\"x\",\"title\":\"two\"}],\"extra\":1}", "bad_request", "one")]
    public void Each_family_shape_yields_code_and_title(string body, string code, string title)
    {
        (string? actualCode, string? actualTitle) = ErrorBody.Parse(Encoding.UTF8.GetBytes(body));
        Assert.Equal(code, actualCode);
        Assert.Equal(title, actualTitle);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"errors\":[")]
    [InlineData("[1,2]")]
    [InlineData("{\"errors\":\"nope\"}")]
    public void Anything_else_yields_nothing_without_throwing(string body)
    {
        (string? code, string? title) = ErrorBody.Parse(Encoding.UTF8.GetBytes(body));
        Assert.Null(code);
        Assert.Null(title);
    }

    [Fact]
    public void Mapper_message_names_method_path_status_code_and_title_but_never_the_body()
    {
        var request = new ApiRequest(ApiMethod.Get, "/v2/apps/a/keys/k", SmoochApi.Sunshine);
        byte[] body = Encoding.UTF8.GetBytes("{\"errors\":[{\"code\":\"not_found\",\"title\":\"Resource not found\"}],\"debug\":\"SECRET-BODY-TEXT\"}");
        var result = new AttemptResult(AttemptKind.Response, 404, body, null, "req-1", null);

        SmoochApiException error = ErrorMapper.FromAttempt(request, result, 1, System.TimeSpan.FromSeconds(5));

        Assert.Equal(SmoochErrorKind.NotFound, error.Kind);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("not_found", error.ErrorCode);
        Assert.Equal("Resource not found", error.ErrorTitle);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v2/apps/a/keys/k", error.Path);
        Assert.Equal("req-1", error.RequestId);
        Assert.Contains("GET /v2/apps/a/keys/k", error.Message);
        Assert.Contains("404", error.Message);
        Assert.DoesNotContain("SECRET-BODY-TEXT", error.Message);
    }

    [Theory]
    [InlineData(400, SmoochErrorKind.BadRequest)]
    [InlineData(422, SmoochErrorKind.BadRequest)]
    [InlineData(401, SmoochErrorKind.Unauthorized)]
    [InlineData(403, SmoochErrorKind.Forbidden)]
    [InlineData(404, SmoochErrorKind.NotFound)]
    [InlineData(409, SmoochErrorKind.Conflict)]
    [InlineData(429, SmoochErrorKind.RateLimited)]
    [InlineData(500, SmoochErrorKind.ServerError)]
    [InlineData(503, SmoochErrorKind.ServerError)]
    public void Status_maps_to_kind(int status, SmoochErrorKind kind)
    {
        Assert.Equal(kind, ErrorMapper.KindForStatus(status));
    }

    [Fact]
    public void Server_text_that_looks_like_credentials_is_scrubbed()
    {
        string jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzY29wZSI6ImFjY291bnQifQ.c2lnbmF0dXJlc2lnbmF0dXJl";
        string? scrubbed = TextRedactor.Scrub($"bad token {jwt} with Basic YWN0X3g6c2VjcmV0 and secret {Secrets.Sample}");

        Assert.DoesNotContain(jwt, scrubbed);
        Assert.DoesNotContain("YWN0X3g6c2VjcmV0", scrubbed);
        Assert.DoesNotContain(Secrets.Sample, scrubbed);
        Assert.Contains("bad token", scrubbed);
    }
}
