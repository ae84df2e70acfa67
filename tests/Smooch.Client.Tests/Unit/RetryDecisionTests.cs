using System;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Unit;

public class RetryDecisionTests
{
    private static readonly RetryPolicy s_policy = new RetryPolicy(new RetryOptions { BaseDelay = System.TimeSpan.FromMilliseconds(100), MaxDelay = System.TimeSpan.FromSeconds(1) }, () => 1.0);

    [Theory]
    [InlineData("GET", "Response", 502, true)]
    [InlineData("GET", "Response", 503, true)]
    [InlineData("GET", "Response", 504, true)]
    [InlineData("GET", "Response", 500, false)]
    [InlineData("GET", "Response", 404, false)]
    [InlineData("GET", "Response", 429, true)]
    [InlineData("GET", "Timeout", 0, true)]
    [InlineData("GET", "Uncertain", 0, true)]
    [InlineData("GET", "NotSent", 0, true)]
    [InlineData("DELETE", "Uncertain", 0, true)]
    [InlineData("POST", "Response", 429, true)]
    [InlineData("POST", "NotSent", 0, true)]
    [InlineData("POST", "Timeout", 0, false)]
    [InlineData("POST", "Uncertain", 0, false)]
    [InlineData("POST", "Response", 502, false)]
    [InlineData("POST", "Response", 503, false)]
    [InlineData("POST", "Response", 504, false)]
    [InlineData("POST", "Response", 500, false)]
    public void Only_safe_outcomes_are_retried(string method, string kind, int status, bool retried)
    {
        var request = new ApiRequest(method == "POST" ? ApiMethod.Post : method == "DELETE" ? ApiMethod.Delete : ApiMethod.Get, "/x", SmoochApi.Sunshine);
        var result = new AttemptResult((AttemptKind)System.Enum.Parse(typeof(AttemptKind), kind), status, System.Array.Empty<byte>(), null, null, null);

        Assert.Equal(retried, s_policy.DelayBeforeRetry(request, result, 1).HasValue);
    }

    [Fact]
    public void Retry_after_wins_over_backoff_for_429()
    {
        var request = new ApiRequest(ApiMethod.Post, "/x", SmoochApi.Sunshine);
        var result = new AttemptResult(AttemptKind.Response, 429, System.Array.Empty<byte>(), "7", null, null);

        Assert.Equal(System.TimeSpan.FromSeconds(7), s_policy.DelayBeforeRetry(request, result, 1));
    }

    [Fact]
    public void Token_request_marked_safe_is_retried_like_a_get()
    {
        var request = new ApiRequest(ApiMethod.Post, "/service-account-token", SmoochApi.Organization) { SafeToRepeat = true };
        var result = new AttemptResult(AttemptKind.Response, 503, System.Array.Empty<byte>(), null, null, null);

        Assert.Equal(System.TimeSpan.FromMilliseconds(100), s_policy.DelayBeforeRetry(request, result, 1));
    }
}
