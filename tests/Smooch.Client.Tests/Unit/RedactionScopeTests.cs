using System;
using Smooch.Client.Http;
using Smooch.Client.Tests.Safety;

namespace Smooch.Client.Tests.Unit;

public class RedactionScopeTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(40)]
    [InlineData(86)]
    public void Every_spelling_of_a_secret_and_its_basic_pair_is_removed_and_the_rest_kept(int length)
    {
        string secret = SecretForms.Make(length);
        using var scope = new RedactionScope();
        scope.AddSecret("act_k", Secrets.Secure(secret));

        foreach (string form in SecretForms.All(secret, "act_k"))
        {
            string? redacted = scope.Redact("before " + form + " after");
            Assert.Equal("before [redacted] after", redacted);
        }
    }

    [Fact]
    public void Overlapping_and_adjacent_occurrences_leave_no_piece_behind()
    {
        using var scope = new RedactionScope();
        scope.AddSecret(null, Secrets.Secure("abab"));

        Assert.Equal("x[redacted]y", scope.Redact("xabababababy"));
        Assert.Equal("[redacted] [redacted]", scope.Redact("abab abab"));
    }

    [Fact]
    public void Authorization_value_is_removed_whatever_its_length_and_other_text_is_untouched()
    {
        using var scope = new RedactionScope();
        scope.AddAuthorization("Bearer tok3n");

        Assert.Equal("token [redacted] expired; tok3 stays", scope.Redact("token tok3n expired; tok3 stays"));
    }

    [Fact]
    public void Spellings_shorter_than_four_characters_are_left_alone()
    {
        using var scope = new RedactionScope();
        scope.AddAuthorization("Bearer t");
        scope.AddSecret(null, Secrets.Secure("abcd"));

        Assert.Equal("unauthorized: [redacted]", scope.Redact("unauthorized: abcd"));
    }

    [Fact]
    public void Known_secrets_go_before_the_text_is_shortened_so_no_prefix_survives_the_cut()
    {
        string secret = SecretForms.Make(86);
        using var scope = new RedactionScope();
        scope.AddSecret(null, Secrets.Secure(secret));

        string? redacted = scope.Redact(new string(' ', 480) + secret + new string(' ', 100));

        Assert.DoesNotContain(secret.Substring(0, 10), redacted, StringComparison.Ordinal);
        Assert.Contains("[redacted]", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_clears_the_forbidden_strings()
    {
        var scope = new RedactionScope();
        scope.AddSecret(null, Secrets.Secure("s3cret-value"));
        scope.Dispose();

        Assert.Equal("s3cret-value", scope.Redact("s3cret-value"));
    }
}
