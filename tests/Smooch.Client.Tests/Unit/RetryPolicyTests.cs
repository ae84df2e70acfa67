using System;
using Smooch.Client.Http;

namespace Smooch.Client.Tests.Unit
{
    public class RetryPolicyTests
    {
        private static readonly RetryOptions Options = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(1000) };

        [Theory]
        [InlineData(1, 100)]
        [InlineData(2, 200)]
        [InlineData(3, 400)]
        [InlineData(4, 800)]
        [InlineData(5, 1000)]
        [InlineData(40, 1000)]
        public void Backoff_ceiling_doubles_up_to_max_delay(int retry, double expectedCeilingMs)
        {
            var policy = new RetryPolicy(Options, () => 1.0);
            Assert.Equal(expectedCeilingMs, policy.Backoff(retry).TotalMilliseconds, 3);
        }

        [Fact]
        public void Full_jitter_scales_the_ceiling_by_the_random_draw()
        {
            Assert.Equal(TimeSpan.Zero, new RetryPolicy(Options, () => 0.0).Backoff(3));
            Assert.Equal(100, new RetryPolicy(Options, () => 0.25).Backoff(3).TotalMilliseconds, 3);
        }

        [Fact]
        public void Real_random_delays_stay_within_bounds()
        {
            var policy = new RetryPolicy(Options);
            for (int i = 0; i < 1000; i++)
            {
                TimeSpan delay = policy.Backoff(3);
                Assert.InRange(delay.TotalMilliseconds, 0, 400);
            }
        }

        [Fact]
        public void Retry_after_seconds_are_read()
        {
            Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.ParseRetryAfter("7", DateTimeOffset.UtcNow));
            Assert.Equal(TimeSpan.Zero, RetryPolicy.ParseRetryAfter("0", DateTimeOffset.UtcNow));
        }

        [Fact]
        public void Retry_after_http_date_becomes_the_remaining_time()
        {
            var now = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
            Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.ParseRetryAfter("Tue, 24 Nov 2026 08:00:30 GMT", now));
            Assert.Equal(TimeSpan.Zero, RetryPolicy.ParseRetryAfter("Tue, 24 Nov 2026 07:59:00 GMT", now));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("soon")]
        [InlineData("-5")]
        public void Unusable_retry_after_is_ignored(string? value)
        {
            Assert.Null(RetryPolicy.ParseRetryAfter(value, DateTimeOffset.UtcNow));
        }
    }
}

namespace Smooch.Client.Tests.Unit
{
    public class RetryDecisionTests
    {
        private static readonly RetryPolicy Policy = new RetryPolicy(new RetryOptions { BaseDelay = System.TimeSpan.FromMilliseconds(100), MaxDelay = System.TimeSpan.FromSeconds(1) }, () => 1.0);

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

            Assert.Equal(retried, Policy.DelayBeforeRetry(request, result, 1).HasValue);
        }

        [Fact]
        public void Retry_after_wins_over_backoff_for_429()
        {
            var request = new ApiRequest(ApiMethod.Post, "/x", SmoochApi.Sunshine);
            var result = new AttemptResult(AttemptKind.Response, 429, System.Array.Empty<byte>(), "7", null, null);

            Assert.Equal(System.TimeSpan.FromSeconds(7), Policy.DelayBeforeRetry(request, result, 1));
        }

        [Fact]
        public void Token_request_marked_safe_is_retried_like_a_get()
        {
            var request = new ApiRequest(ApiMethod.Post, "/service-account-token", SmoochApi.Organization) { SafeToRepeat = true };
            var result = new AttemptResult(AttemptKind.Response, 503, System.Array.Empty<byte>(), null, null, null);

            Assert.Equal(System.TimeSpan.FromMilliseconds(100), Policy.DelayBeforeRetry(request, result, 1));
        }
    }
}
