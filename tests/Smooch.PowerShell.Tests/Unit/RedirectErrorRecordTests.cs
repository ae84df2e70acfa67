using System.Management.Automation;
using Smooch.Client;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

public class RedirectErrorRecordTests
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    public void A_redirect_is_UnexpectedRedirect_with_InvalidResult_not_BadRequest(int status)
    {
        var api = new SmoochApiException(SmoochErrorKind.UnexpectedRedirect, "GET", "/v1.1/serviceaccounts", status, null, null, null, "GET /v1.1/serviceaccounts was redirected.");

        ErrorRecord record = ErrorRecords.From(api, "target");

        Assert.Equal("UnexpectedRedirect", record.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidResult, record.CategoryInfo.Category);
        Assert.Equal("target", record.TargetObject);
    }
}
