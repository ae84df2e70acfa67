using System;
using System.Linq;
using Smooch.Client;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

/// <summary>Connect-Smooch -TimeoutSec is the total time of a request, retries included (SmoochSessionOptions.TotalTimeout).</summary>
public class TimeoutSecTests
{
    [Fact]
    public void TimeoutSec_sets_the_total_and_bounds_each_attempt()
    {
        SmoochSessionOptions options = Plan(new ConnectionRequest { TimeoutSec = 7 });

        Assert.Equal(TimeSpan.FromSeconds(7), options.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Timeout);
    }

    [Fact]
    public void Without_TimeoutSec_there_is_no_total()
    {
        SmoochSessionOptions options = Plan(new ConnectionRequest());

        Assert.Null(options.TotalTimeout);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
    }

    private static SmoochSessionOptions Plan(ConnectionRequest request)
    {
        request.KeyId = "act_0123456789abcdef01234567";
        request.Secret = Secrets.Protect("secret");
        return ConnectionPlanner.Plan(request, _ => null).Single();
    }
}
