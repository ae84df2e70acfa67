using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Authentication;

namespace Smooch.Bench.Scenarios;

/// <summary>Local HS256 signing (what New-SmoochJwt and the JWT authenticator do): tokens per second, bytes per token.</summary>
internal sealed class JwtScenario : IScenario
{
    private const string KeyId = "act_5963ceb97cde542d000dbdb1";

    public string Name => "jwt";

    public Task RunAsync(BenchOptions options, Report report, CancellationToken cancellationToken)
    {
        var tokens = options.Size(200_000, 20_000);
        var rounds = options.Size(5, 3);
        using var secret = BenchSessions.Secure("2vErhBhv81FZ5YXbC5XElVcnoNSqz0XjhqSYII4AOT3GCA5UojDCT07Z9NG_4PVzcxv-Zdd7IpeBL-RcXvfOyw");
        var expiresAt = DateTimeOffset.UtcNow.AddHours(1);

        SignMany(secret, expiresAt, tokens / 10); // warm-up through tier-1 JIT

        var perSecond = new List<double>();
        var allocated = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            SignMany(secret, expiresAt, tokens);
            var seconds = watch.Elapsed.TotalSeconds;
            allocated.Add((GC.GetAllocatedBytesForCurrentThread() - before) / (double)tokens);
            perSecond.Add(tokens / seconds);
        }

        report.Add("jwt_per_s", Stats.Median(perSecond), "tokens/s", perSecond);
        report.Add("jwt_alloc_bytes", Stats.Median(allocated), "bytes/token", allocated);
        return Task.CompletedTask;
    }

    private static void SignMany(System.Security.SecureString secret, DateTimeOffset expiresAt, int count)
    {
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            length += JwtSigner.Sign(KeyId, secret, JwtScope.Account, expiresAt).Length;
        }

        if (length == 0)
        {
            throw new InvalidOperationException("no token signed");
        }
    }
}
