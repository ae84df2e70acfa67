using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;

namespace Smooch.Client.Tests.Paging;

public class PagingTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public PagingTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Offset_paging_fetches_the_next_page_only_when_the_consumer_needs_it()
    {
        _fixture.Control.SeedServiceAccounts(250);
        using SmoochSession session = _fixture.Sunshine();
        await using IAsyncEnumerator<ServiceAccount> items = session.ServiceAccounts.ListAsync(pageSize: 100).GetAsyncEnumerator();

        Assert.Empty(_fixture.Journal);
        Assert.True(await items.MoveNextAsync());
        Assert.Single(_fixture.Journal);
        for (int i = 1; i < 100; i++)
        {
            Assert.True(await items.MoveNextAsync());
        }
        Assert.Single(_fixture.Journal);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal(2, _fixture.Journal.Count);
        int total = 101;
        while (await items.MoveNextAsync())
        {
            total++;
        }

        Assert.Equal(250, total);
        Assert.Equal(3, _fixture.Journal.Count);
    }

    [Fact]
    public async Task Cursor_paging_fetches_the_next_page_only_when_the_consumer_needs_it()
    {
        _fixture.Control.SeedOrganizationCredentials(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, 149);
        using SmoochSession session = _fixture.Org();
        await using var items = session.Organization.ListCredentialsAsync(EmulatorFixture.OrganizationId, _fixture.Organization.ServiceAccountId, pageSize: 50).GetAsyncEnumerator();

        Assert.True(await items.MoveNextAsync());
        int afterFirst = _fixture.Count("GET", "/organizations/");
        int total = 1;
        while (await items.MoveNextAsync())
        {
            total++;
        }

        Assert.Equal(1, afterFirst);
        Assert.Equal(150, total);
        Assert.Equal(3, _fixture.Count("GET", "/organizations/"));
    }

    [Fact]
    public async Task Stopping_early_sends_no_further_requests()
    {
        _fixture.Control.SeedServiceAccounts(300);
        using SmoochSession session = _fixture.Sunshine();

        var firstFive = new List<ServiceAccount>();
        await foreach (ServiceAccount account in session.ServiceAccounts.ListAsync(pageSize: 100))
        {
            firstFive.Add(account);
            if (firstFive.Count == 5)
            {
                break;
            }
        }

        Assert.Equal(5, firstFive.Count);
        Assert.Single(_fixture.Journal);
    }

    [Fact]
    public async Task Streaming_100000_items_keeps_memory_flat_and_releases_earlier_pages()
    {
        _fixture.Control.SeedServiceAccounts(100_000);
        using SmoochSession session = _fixture.Sunshine();
        WeakReference? firstItem = null;
        long heapAt10k = 0;
        long heapAtEnd = 0;
        int count = 0;

        await foreach (ServiceAccount account in session.ServiceAccounts.ListAsync(pageSize: 100))
        {
            count++;
            if (count == 1)
            {
                firstItem = Track(account);
            }
            else if (count == 10_000)
            {
                heapAt10k = GC.GetTotalMemory(forceFullCollection: true);
            }
            else if (count == 99_999)
            {
                heapAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            }
        }

        Assert.Equal(100_000, count);
        Assert.Equal(1000, _fixture.Journal.Count);
        Assert.False(firstItem!.IsAlive, "the first page is still referenced after streaming 100,000 items");
        Assert.True(heapAtEnd - heapAt10k < 16 * 1024 * 1024, $"heap grew by {(heapAtEnd - heapAt10k) / 1024} KiB between item 10,000 and 100,000");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Track(object item)
    {
        return new WeakReference(item);
    }
}
