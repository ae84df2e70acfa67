using System.Linq;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

public class SmallPartsTests
{
    [Theory]
    [InlineData("app_1", true)]
    [InlineData("app_*", false)]
    [InlineData("app_?", false)]
    [InlineData(null, false)]
    public void A_value_without_wildcards_is_fetched_directly(string? text, bool literal)
    {
        Assert.Equal(literal, NamePattern.From(text).IsLiteral);
    }

    [Fact]
    public void Patterns_match_case_insensitively_and_no_pattern_matches_everything()
    {
        Assert.True(NamePattern.From("CI-*").Matches("ci-key"));
        Assert.False(NamePattern.From("CI-*").Matches("prod"));
        Assert.False(NamePattern.From("CI-*").Matches(null));
        Assert.True(NamePattern.From(null).Matches(null));
    }

    [Fact]
    public void Pager_skips_then_takes_first_and_counts_everything()
    {
        var pager = new OutputPager(skip: 2, first: 3);

        var taken = Enumerable.Range(1, 10).Where(_ => pager.Take()).ToList();

        Assert.Equal(new[] { 3, 4, 5 }, taken);
        Assert.True(pager.IsFull);
        Assert.Equal(10UL, pager.Offered);
    }

    [Fact]
    public void Secrets_are_SecureString_unless_plain_text_is_asked_for()
    {
        object secure = Secrets.Emit("abc", asPlainText: false);
        object plain = Secrets.Emit("abc", asPlainText: true);

        Assert.Equal("abc", Secrets.PlainText(Assert.IsType<System.Security.SecureString>(secure)));
        Assert.Equal("abc", plain);
    }
}
