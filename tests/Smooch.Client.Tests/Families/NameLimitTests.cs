using System;
using System.Threading.Tasks;
using Smooch.Client.Models;
using Smooch.Client.Tests.Support;
using Smooch.Client.Validation;

namespace Smooch.Client.Tests.Families;

/// <summary>Every documented name limit is checked by the client before a request, with one wording.</summary>
public class NameLimitTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public NameLimitTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        _fixture.Fresh();
    }

    [Fact]
    public async Task A_service_account_name_at_the_Sunshine_limit_is_created_and_one_more_character_is_refused_unsent()
    {
        using SmoochSession session = _fixture.Sunshine();

        ServiceAccount created = await session.ServiceAccounts.CreateAsync(new string('a', TextLimits.SunshineName));
        int sent = _fixture.Journal.Count;
        var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => session.ServiceAccounts.CreateAsync(new string('b', TextLimits.SunshineName + 1)));
        var keyTooLong = await Assert.ThrowsAsync<ArgumentException>(() => session.ServiceAccounts.CreateKeyAsync(created.ServiceAccountId, new string('c', TextLimits.SunshineName + 1)));

        Assert.Equal(TextLimits.SunshineName, created.Name.Length);
        Assert.StartsWith("name must be at most 100 characters long (it has 101).", tooLong.Message, StringComparison.Ordinal);
        Assert.Equal("name", keyTooLong.ParamName);
        Assert.Equal(sent, _fixture.Journal.Count);
    }

    [Fact]
    public void One_wording_for_every_limit()
    {
        Assert.Null(TextLimits.TooLong(new string('x', 255), TextLimits.Id));
        Assert.Null(TextLimits.TooLong(null, TextLimits.Id));
        Assert.Equal("must be at most 255 characters long (it has 256).", TextLimits.TooLong(new string('x', 256), TextLimits.Id));
        Assert.Equal(TextLimits.TooLong(new string('x', 256), TextLimits.Id), IdValidator.FindProblem(new string('x', 256)));
    }

    [Theory]
    [InlineData("app_a*b c", "/v2/apps/a/keys/app_a%2Ab%20c")]
    [InlineData("%2F", "/v2/apps/a/keys/%252F")]
    [InlineData("app_0123456789abcdef01234567", "/v2/apps/a/keys/app_0123456789abcdef01234567")]
    public void An_error_shows_the_id_as_typed_while_the_wire_keeps_it_escaped(string typed, string wire)
    {
        string path = ApiPath.Root("v2/apps").Id("a", "appId").Literal("keys").Id(typed, "keyId").ToString();

        Assert.Equal(wire, path);
        Assert.Equal("/v2/apps/a/keys/" + typed, ShownPath.Of(path));
    }
}
