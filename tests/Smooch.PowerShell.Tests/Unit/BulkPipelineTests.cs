using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

public class BulkPipelineTests
{
    [Fact]
    public void Results_come_in_input_order_even_when_later_inputs_finish_first()
    {
        var host = new RecordingHost();
        var written = new ConcurrentQueue<int>();
        using var bulk = new BulkPipeline<int, int>(host, async (i, ct) =>
        {
            await Task.Delay((5 - i) * 30, ct);
            return i * 10;
        }, (i, r) => written.Enqueue(r), i => i, throttleLimit: 5, "test");

        foreach (int i in Enumerable.Range(1, 5))
        {
            bulk.Add(i);
        }

        bulk.Complete();

        Assert.Equal(new[] { 10, 20, 30, 40, 50 }, written);
        Assert.Empty(host.Errors);
    }

    [Fact]
    public void Never_more_in_flight_than_the_throttle_limit()
    {
        var host = new RecordingHost();
        int inFlight = 0;
        int highest = 0;
        using var bulk = new BulkPipeline<int, int>(host, async (i, ct) =>
        {
            int now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref highest, now);
            await Task.Delay(20, ct);
            Interlocked.Decrement(ref inFlight);
            return i;
        }, (i, r) => { }, i => i, throttleLimit: 3, "test");

        foreach (int i in Enumerable.Range(1, 12))
        {
            bulk.Add(i);
        }

        bulk.Complete();

        Assert.InRange(highest, 1, 3);
    }

    [Fact]
    public void A_failed_input_is_its_own_non_terminating_error_with_category_by_status_and_the_rest_continue()
    {
        var host = new RecordingHost();
        var done = new ConcurrentQueue<string>();
        using var bulk = new BulkPipeline<string, string>(host, (id, ct) => id == "bad"
            ? Task.FromException<string>(new SmoochApiException(SmoochErrorKind.NotFound, "GET", "/v2/apps/bad/keys", 404, "app_not_found", "App not found", null, "App not found"))
            : Task.FromResult(id), (id, r) => done.Enqueue(r), id => "target:" + id, throttleLimit: 2, "test");

        bulk.Add("a");
        bulk.Add("bad");
        bulk.Add("c");
        bulk.Complete();

        Assert.Equal(new[] { "a", "c" }, done);
        ErrorRecord error = Assert.Single(host.Errors);
        Assert.Equal("target:bad", error.TargetObject);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("app_not_found", error.FullyQualifiedErrorId);
    }

    [Fact]
    public void Progress_only_above_the_threshold_and_completed_at_the_end()
    {
        var few = Run(BulkPipeline<int, int>.ProgressThreshold - 1);
        var many = Run(BulkPipeline<int, int>.ProgressThreshold + 5);

        Assert.Empty(few.Progress);
        Assert.NotEmpty(many.Progress);
        Assert.Equal(ProgressRecordType.Completed, many.Progress.Last().RecordType);
        Assert.All(many.Progress.Where(p => p.RecordType != ProgressRecordType.Completed), p => Assert.InRange(p.PercentComplete, 0, 100));
    }

    [Fact]
    public void Cancelling_stops_waiting_and_surfaces_as_cancellation()
    {
        var host = new RecordingHost();
        using var bulk = new BulkPipeline<int, int>(host, async (i, ct) =>
        {
            await Task.Delay(TimeSpan.FromMinutes(5), ct);
            return i;
        }, (i, r) => { }, i => i, throttleLimit: 2, "test");
        bulk.Add(1);
        bulk.Add(2);

        host.Cancellation.CancelAfter(100);

        Assert.ThrowsAny<OperationCanceledException>(bulk.Complete);
    }

    [Fact]
    public void Nothing_added_sends_nothing()
    {
        var host = new RecordingHost();
        int calls = 0;
        using var bulk = new BulkPipeline<int, int>(host, (i, ct) => Task.FromResult(Interlocked.Increment(ref calls)), (i, r) => { }, i => i, 8, "test");

        bulk.Complete();

        Assert.Equal(0, calls);
        Assert.Empty(host.Objects);
    }

    private static RecordingHost Run(int inputs)
    {
        var host = new RecordingHost();
        using var bulk = new BulkPipeline<int, int>(host, (i, ct) => Task.FromResult(i), (i, r) => { }, i => i, 4, "test");
        foreach (int i in Enumerable.Range(1, inputs))
        {
            bulk.Add(i);
        }

        bulk.Complete();
        return host;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
