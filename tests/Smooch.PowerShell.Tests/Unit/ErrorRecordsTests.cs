using System;
using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

public class ErrorRecordsTests
{
    [Theory]
    [InlineData(404, SmoochErrorKind.NotFound, ErrorCategory.ObjectNotFound)]
    [InlineData(401, SmoochErrorKind.Unauthorized, ErrorCategory.PermissionDenied)]
    [InlineData(403, SmoochErrorKind.Forbidden, ErrorCategory.PermissionDenied)]
    [InlineData(409, SmoochErrorKind.Conflict, ErrorCategory.ResourceExists)]
    [InlineData(400, SmoochErrorKind.BadRequest, ErrorCategory.InvalidArgument)]
    [InlineData(422, SmoochErrorKind.BadRequest, ErrorCategory.InvalidArgument)]
    [InlineData(429, SmoochErrorKind.RateLimited, ErrorCategory.LimitsExceeded)]
    [InlineData(500, SmoochErrorKind.ServerError, ErrorCategory.ConnectionError)]
    [InlineData(503, SmoochErrorKind.ServerError, ErrorCategory.ConnectionError)]
    [InlineData(0, SmoochErrorKind.Connection, ErrorCategory.ConnectionError)]
    [InlineData(0, SmoochErrorKind.Timeout, ErrorCategory.OperationTimeout)]
    public void Category_follows_the_status(int status, SmoochErrorKind kind, ErrorCategory expected)
    {
        var error = ErrorRecords.From(Api(status, kind, "some_code"), "app_1");

        Assert.Equal(expected, error.CategoryInfo.Category);
        Assert.Equal("some_code", error.FullyQualifiedErrorId);
        Assert.Equal("app_1", error.TargetObject);
    }

    [Fact]
    public void Without_an_API_code_the_ErrorId_is_the_kind()
    {
        Assert.Equal("Connection", ErrorRecords.From(Api(0, SmoochErrorKind.Connection, null), null).FullyQualifiedErrorId);
    }

    [Fact]
    public void Input_problems_are_InvalidArgument()
    {
        var error = ErrorRecords.From(new ArgumentException("appId must not contain '/'.", "appId"), "a/b");

        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("a/b", error.TargetObject);
        Assert.Equal("-AppId must not contain '/'.", error.ErrorDetails.Message);
    }

    [Fact]
    public void An_input_message_that_does_not_start_with_its_parameter_only_loses_the_runtime_suffix()
    {
        var error = ErrorRecords.From(new ArgumentException("Something else went wrong.", "appId"), "x");

        Assert.Equal("Something else went wrong.", error.ErrorDetails.Message);
        Assert.Equal("Something else went wrong.", error.Exception.Message);
        Assert.Equal("appId", ((ArgumentException)error.Exception).ParamName);
    }

    [Fact]
    public void Unauthorized_recommends_checking_the_session()
    {
        var error = ErrorRecords.From(Api(401, SmoochErrorKind.Unauthorized, "unauthorized"), null);

        Assert.Contains("Connect-Smooch", error.ErrorDetails.RecommendedAction);
    }

    private static SmoochApiException Api(int status, SmoochErrorKind kind, string? code) =>
        new SmoochApiException(kind, "GET", "/v2/apps/x/keys", status, code, null, null, "failed");
}
