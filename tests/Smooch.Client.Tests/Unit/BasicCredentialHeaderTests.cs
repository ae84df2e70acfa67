using System;
using System.Text;
using Smooch.Client.Authentication;

namespace Smooch.Client.Tests.Unit;

public class BasicCredentialHeaderTests
{
    [Theory]
    [InlineData("app_5d8cff3cd55b040010928b5b", "s")]
    [InlineData("app_5d8cff3cd55b040010928b5b", "ab")]
    [InlineData("app_5d8cff3cd55b040010928b5b", "abc")]
    [InlineData("key", "secret with spaces and ünïcödé €")]
    [InlineData("ü", "x:y:z")]
    public void Header_is_the_scheme_and_base64_of_user_colon_secret_in_utf8(string user, string secret)
    {
        using var secure = SecureStringText.FromString(secret);

        string header = BasicCredentialHeader.Build(user, secure);

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret)), header);
    }

    [Fact]
    public void Building_leaves_the_secure_string_usable()
    {
        using var secure = SecureStringText.FromString("secret");

        string first = BasicCredentialHeader.Build("key", secure);
        string second = BasicCredentialHeader.Build("key", secure);

        Assert.Equal(first, second);
        Assert.Equal(6, secure.Length);
    }
}
