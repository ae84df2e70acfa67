using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Smooch.Client.Concurrency;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Concurrency;

/// <summary>The mechanism with in-memory operations; the HTTP side is in OrderedConcurrencyEmulatorTests.</summary>
public sealed class OrderedConcurrencyTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Results_come_in_input_order_even_when_later_inputs_finish_first()
    {
        var inputs = Enumerable.Range(0, 40).ToList();

        // Early inputs take longest, so completion order is roughly the reverse of input order.
        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            inputs,
            async (i, ct) =>
            {
                await Task.Delay((40 - i) % 7 * 3, ct);
                return i * 10;
            },
            throttleLimit: 8,
            CancellationToken.None));

        Assert.Equal(inputs, results.Select(r => r.Input));
        Assert.Equal(inputs.Select(i => i * 10), results.Select(r => r.Value));
        Assert.All(results, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task First_result_streams_out_while_later_inputs_are_still_running()
    {
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var enumerator = OrderedConcurrency.RunAsync(
            new[] { 0, 1, 2 },
            async (i, ct) =>
            {
                if (i > 0)
                {
                    await release.Task;
                }

                return i;
            },
            throttleLimit: 3,
            CancellationToken.None).GetAsyncEnumerator();
        try
        {
            Assert.True(await WithinPatience(enumerator.MoveNextAsync().AsTask()));
            Assert.Equal(0, enumerator.Current.Value);
            Assert.False(release.Task.IsCompleted);

            release.SetResult(true);
            Assert.True(await enumerator.MoveNextAsync());
            Assert.True(await enumerator.MoveNextAsync());
            Assert.Equal(2, enumerator.Current.Value);
            Assert.False(await enumerator.MoveNextAsync());
        }
        finally
        {
            release.TrySetResult(true);
            await enumerator.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(16)]
    public async Task Never_more_than_the_throttle_limit_in_flight_and_the_limit_is_reached(int limit)
    {
        var counter = new InFlightCounter();
        var full = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            Enumerable.Range(0, limit * 5),
            async (i, ct) =>
            {
                if (counter.Enter() == limit)
                {
                    full.TrySetResult(true);
                }

                try
                {
                    // The first wave waits until the window is full, so reaching the limit is not left to timing.
                    await full.Task;
                    await Task.Yield();
                    return i;
                }
                finally
                {
                    counter.Exit();
                }
            },
            limit,
            CancellationToken.None));

        Assert.Equal(limit * 5, results.Count);
        Assert.Equal(limit, counter.Max);
    }

    [Fact]
    public async Task Inputs_are_pulled_lazily_and_a_slow_consumer_holds_back_new_work()
    {
        const int Limit = 4;
        var pulled = 0;

        // Input 0 finishes only once the window behind it is full, so its result cannot reach the consumer while
        // the next input is still being pulled (a head that finishes first is handed over at once, and the
        // remaining slots fill when the consumer next asks).
        var windowFull = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        IEnumerable<int> Endless()
        {
            for (var i = 0; ; i++)
            {
                if (Interlocked.Increment(ref pulled) == Limit)
                {
                    windowFull.TrySetResult(true);
                }

                yield return i;
            }
        }

        var counter = new InFlightCounter();
        var enumerator = OrderedConcurrency.RunAsync(
            Endless(),
            async (i, ct) =>
            {
                counter.Enter();
                if (i == 0)
                {
                    await windowFull.Task;
                }

                await Task.Yield();
                counter.Exit();
                return i;
            },
            Limit,
            CancellationToken.None).GetAsyncEnumerator();
        try
        {
            Assert.True(await enumerator.MoveNextAsync());
            Assert.Equal(0, enumerator.Current.Value);

            // The consumer now sits on result 0; the slot it freed starts input 4 without waiting for the
            // consumer, then give the workers ample time to run further ahead if they could.
            await WaitUntil(() => counter.Started >= Limit + 1);
            await WaitUntil(() => counter.Finished >= Limit + 1);
            await Task.Delay(100);

            // Result 0 is with the consumer; the window behind it holds at most Limit more inputs.
            Assert.True(Volatile.Read(ref pulled) <= Limit + 1, $"pulled {pulled}");
            Assert.True(counter.Started <= Limit + 1, $"started {counter.Started}");

            for (var expected = 1; expected <= 20; expected++)
            {
                Assert.True(await enumerator.MoveNextAsync());
                Assert.Equal(expected, enumerator.Current.Value);
            }

            Assert.True(Volatile.Read(ref pulled) <= 21 + Limit, $"pulled {pulled}");
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_source_waiting_for_its_next_item_does_not_hold_back_finished_results()
    {
        // The shape of a cmdlet fed by ProcessRecord: the source blocks until the next pipeline input arrives.
        using var pipeline = new BlockingCollection<int>();
        var enumerator = OrderedConcurrency.RunAsync(
            pipeline.GetConsumingEnumerable(),
            async (i, ct) =>
            {
                await Task.Yield();
                return i * 2;
            },
            throttleLimit: 4,
            CancellationToken.None).GetAsyncEnumerator();
        try
        {
            pipeline.Add(1);
            Assert.True(await WithinPatience(enumerator.MoveNextAsync().AsTask()));
            Assert.Equal(2, enumerator.Current.Value);

            pipeline.Add(2);
            pipeline.Add(3);
            Assert.True(await WithinPatience(enumerator.MoveNextAsync().AsTask()));
            Assert.True(await WithinPatience(enumerator.MoveNextAsync().AsTask()));
            Assert.Equal(6, enumerator.Current.Value);

            var end = enumerator.MoveNextAsync().AsTask();
            await Task.Delay(50);
            Assert.False(end.IsCompleted); // the source is still open: more input may come
            pipeline.CompleteAdding();
            Assert.False(await WithinPatience(end));
        }
        finally
        {
            pipeline.CompleteAdding();
            await enumerator.DisposeAsync();
        }
    }

    [Fact]
    public async Task Cancellation_ends_the_run_even_while_the_source_is_waiting_for_input()
    {
        using var pipeline = new BlockingCollection<int>();
        using var cts = new CancellationTokenSource();
        var run = Task.Run(() => AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            pipeline.GetConsumingEnumerable(), (i, ct) => Task.FromResult(i), 4, cts.Token)));

        await Task.Delay(50);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WithinPatience(run));
        pipeline.CompleteAdding();
    }

    [Fact]
    public async Task A_failing_input_yields_a_failed_result_and_the_rest_continue()
    {
        var boom = new InvalidOperationException("input 3 failed");
        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            Enumerable.Range(0, 10),
            async (i, ct) =>
            {
                await Task.Yield();
                if (i == 3)
                {
                    throw boom;
                }

                return i;
            },
            throttleLimit: 4,
            CancellationToken.None));

        Assert.Equal(Enumerable.Range(0, 10), results.Select(r => r.Input));
        var failed = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(3, failed.Input);
        Assert.Same(boom, failed.Error);
        Assert.Equal(0, failed.Value);
        Assert.All(results.Where(r => r.Input != 3), r => Assert.Equal(r.Input, r.Value));
    }

    [Fact]
    public async Task An_operation_that_throws_before_returning_a_task_fails_only_its_input()
    {
        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync<string, int>(
            new[] { "a", "", "c" },
            (id, ct) => id.Length == 0 ? throw new ArgumentException("empty id", "AppId") : Task.FromResult(id.Length),
            throttleLimit: 2,
            CancellationToken.None));

        Assert.Equal(new[] { true, false, true }, results.Select(r => r.Succeeded));
        Assert.Equal("AppId", Assert.IsType<ArgumentException>(results[1].Error).ParamName);
    }

    [Fact]
    public async Task A_timeout_inside_one_operation_is_that_input_failing_not_a_cancellation_of_the_run()
    {
        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            Enumerable.Range(0, 4),
            async (i, ct) =>
            {
                await Task.Yield();
                if (i == 1)
                {
                    throw new TaskCanceledException("request timed out");
                }

                return i;
            },
            throttleLimit: 2,
            CancellationToken.None));

        Assert.Equal(4, results.Count);
        Assert.IsType<TaskCanceledException>(results[1].Error);
        Assert.True(results[3].Succeeded);
    }

    [Fact]
    public async Task Cancellation_stops_every_in_flight_operation_and_ends_the_enumeration()
    {
        const int Limit = 5;
        var counter = new InFlightCounter();
        var cancelled = 0;
        using var cts = new CancellationTokenSource();

        var run = Task.Run(async () =>
        {
            var seen = new List<int>();
            await foreach (var r in OrderedConcurrency.RunAsync(
                Enumerable.Range(0, 100),
                async (i, ct) =>
                {
                    counter.Enter();
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct);
                        return i;
                    }
                    catch (OperationCanceledException)
                    {
                        Interlocked.Increment(ref cancelled);
                        throw;
                    }
                    finally
                    {
                        counter.Exit();
                    }
                },
                Limit,
                cts.Token))
            {
                seen.Add(r.Input);
            }

            return seen;
        });

        await WaitUntil(() => counter.Current == Limit);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WithinPatience(run));

        // By the time the enumeration has ended, nothing it started is still running.
        Assert.Equal(0, counter.Current);
        Assert.Equal(Limit, counter.Started);
        Assert.Equal(Limit, Volatile.Read(ref cancelled));
    }

    [Fact]
    public async Task An_already_cancelled_run_throws_and_starts_nothing()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var calls = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            Enumerable.Range(0, 5), (i, ct) => Task.FromResult(Interlocked.Increment(ref calls)), 2, cts.Token)));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_consumer_that_stops_early_cancels_the_work_still_in_flight()
    {
        var counter = new InFlightCounter();
        var cancelled = 0;
        var taken = new List<int>();

        await foreach (var r in OrderedConcurrency.RunAsync(
            Enumerable.Range(0, 50),
            async (i, ct) =>
            {
                counter.Enter();
                try
                {
                    if (i >= 2)
                    {
                        await Task.Delay(Timeout.Infinite, ct);
                    }

                    return i;
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref cancelled);
                    throw;
                }
                finally
                {
                    counter.Exit();
                }
            },
            throttleLimit: 4,
            CancellationToken.None))
        {
            taken.Add(r.Value);
            if (taken.Count == 2)
            {
                break;
            }
        }

        Assert.Equal(new[] { 0, 1 }, taken);
        Assert.Equal(0, counter.Current);
        Assert.Equal(counter.Started - 2, Volatile.Read(ref cancelled));
    }

    [Fact]
    public async Task No_operation_outlives_an_enumeration_stopped_while_the_next_input_is_being_started()
    {
        // The consumer stops right after the first result, while the pull of a later input may be starting its
        // operation on a worker; the disposal must wait for that operation too. A race, so it is tried many times.
        for (var run = 0; run < 300; run++)
        {
            var counter = new InFlightCounter();
            await foreach (var r in OrderedConcurrency.RunAsync(
                Enumerable.Range(0, 10),
                async (i, ct) =>
                {
                    counter.Enter();
                    try
                    {
                        await Task.Delay(i == 0 ? 0 : Timeout.Infinite, ct);
                        return i;
                    }
                    finally
                    {
                        counter.Exit();
                    }
                },
                throttleLimit: 2,
                CancellationToken.None))
            {
                break;
            }

            Assert.True(counter.Current == 0, $"run {run}: {counter.Current} operation(s) still running after the enumeration ended");
        }
    }

    [Fact]
    public async Task A_source_that_breaks_still_delivers_the_inputs_already_started_then_reports_the_break()
    {
        IEnumerable<int> Broken()
        {
            yield return 0;
            yield return 1;
            throw new InvalidOperationException("source broke");
        }

        var seen = new List<int>();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var r in OrderedConcurrency.RunAsync(Broken(), (i, ct) => Task.FromResult(i), 8, CancellationToken.None))
            {
                seen.Add(r.Value);
            }
        });

        Assert.Equal("source broke", ex.Message);
        Assert.Equal(new[] { 0, 1 }, seen);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_source_is_disposed_when_the_run_ends_or_the_consumer_stops(bool stopEarly)
    {
        var disposed = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        IEnumerable<int> Source()
        {
            try
            {
                for (var i = 0; i < 20; i++)
                {
                    yield return i;
                }
            }
            finally
            {
                disposed.TrySetResult(true);
            }
        }

        var seen = 0;
        await foreach (var r in OrderedConcurrency.RunAsync(Source(), (i, ct) => Task.FromResult(i), 3, CancellationToken.None))
        {
            if (++seen == 2 && stopEarly)
            {
                break;
            }
        }

        Assert.True(await WithinPatience(disposed.Task));
        Assert.Equal(stopEarly ? 2 : 20, seen);
    }

    [Fact]
    public async Task Empty_input_yields_nothing_and_never_calls_the_operation()
    {
        var calls = 0;
        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync(
            Array.Empty<int>(),
            (i, ct) => Task.FromResult(Interlocked.Increment(ref calls)),
            4,
            CancellationToken.None));

        Assert.Empty(results);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_runs()
    {
        Func<int, CancellationToken, Task<int>> op = (i, ct) => Task.FromResult(i);
        var limit = Assert.Throws<ArgumentOutOfRangeException>(() => OrderedConcurrency.RunAsync(new[] { 1 }, op, 0, CancellationToken.None));
        Assert.Equal("throttleLimit", limit.ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => OrderedConcurrency.RunAsync<int, int>(null!, op, 1, CancellationToken.None)).ParamName);
        Assert.Equal("operation", Assert.Throws<ArgumentNullException>(() => OrderedConcurrency.RunAsync<int, int>(new[] { 1 }, null!, 1, CancellationToken.None)).ParamName);
    }

    [Fact]
    public async Task List_flavour_keeps_each_inputs_items_together_and_in_input_order()
    {
        async IAsyncEnumerable<string> ChildrenOf(int parent, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            for (var k = 0; k < 3; k++)
            {
                // Later parents produce their items faster than earlier ones.
                await Task.Delay((6 - parent) * 2, ct);
                if (parent == 2 && k == 1)
                {
                    throw new InvalidOperationException("listing of parent 2 failed");
                }

                yield return $"{parent}.{k}";
            }
        }

        var results = await AsyncEnumerableExtensions.ToListAsync(OrderedConcurrency.RunAsync<int, List<string>>(Enumerable.Range(0, 6), (parent, ct) => ChildrenOf(parent, ct).CollectAsync(ct), 3, CancellationToken.None));

        Assert.Equal(Enumerable.Range(0, 6), results.Select(r => r.Input));
        Assert.False(results[2].Succeeded);
        Assert.Equal(
            new[] { "0.0", "0.1", "0.2", "1.0", "1.1", "1.2", "3.0", "3.1", "3.2", "4.0", "4.1", "4.2", "5.0", "5.1", "5.2" },
            results.Where(r => r.Succeeded).SelectMany(r => r.Value!));
    }


    internal static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + s_patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            await Task.Delay(5);
        }
    }

    private static async Task<T> WithinPatience<T>(Task<T> task)
    {
        var winner = await Task.WhenAny(task, Task.Delay(s_patience));
        Assert.True(winner == task, "did not finish in time");
        return await task;
    }
}
