using System;
using System.Linq;
using System.Threading.Tasks;
using Smooch.Client.Tests.Support;
using Smooch.Emulator;

namespace Smooch.Client.Tests.Faults;

/// <summary>A create whose connection the emulator drops: journaled once, with status 0 (no response), through the real client.</summary>
public class DroppedPostJournalTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public DroppedPostJournalTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task Dropped_create_is_one_journal_entry_with_status_0()
    {
        _fixture.Control.AddFault(new FaultRule("POST", "/v1.1/serviceaccounts", FaultKind.DropConnection, Count: 5));
        using SmoochSession session = _fixture.Sunshine();

        var error = await Assert.ThrowsAsync<SmoochApiException>(() => session.ServiceAccounts.CreateAsync("dropped"));

        Assert.Equal(SmoochErrorKind.Connection, error.Kind);
        _fixture.Control.WaitUntilIdle(TimeSpan.FromSeconds(10));
        Assert.Equal(new[] { ("POST", 0, "DropConnection") }, _fixture.Journal.Select(e => (e.Method, e.Status, e.Fault!)));
    }
}
