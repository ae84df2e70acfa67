using System;
using Smooch.Client.Validation;

namespace Smooch.Client.Tests.Unit;

public class IdValidatorTests
{
    public static TheoryData<string> HostileIds => new TheoryData<string>
    {
        string.Empty, " ", ".", "..", "../admin", "a/b", "a\\b", "a?b=1", "a#frag", "a\u0000b", "a\nb", "a\tb", "\u007f", new string('a', 256),
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public void Hostile_ids_are_refused_naming_the_parameter(string id)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => IdValidator.Validate(id, "AppId"));
        Assert.Equal("AppId", error.ParamName);
        Assert.StartsWith("AppId ", error.Message);
    }

    [Fact]
    public void Null_is_refused_naming_the_parameter()
    {
        var error = Assert.Throws<ArgumentNullException>(() => IdValidator.Validate(null, "KeyId"));
        Assert.Equal("KeyId", error.ParamName);
    }

    [Theory]
    [InlineData("5d8cff3cd55b040010928b5b")]
    [InlineData("app_67a0e949f0305f4a391e9d97")]
    [InlineData("my-org")]
    [InlineData("a.b")]
    [InlineData("...")]
    [InlineData("%2e%2e")]
    [InlineData("ünïcode label")]
    public void Ordinary_ids_pass(string id)
    {
        Assert.Equal(id, IdValidator.Validate(id, "Id"));
    }

    [Fact]
    public void Id_of_exactly_255_characters_passes()
    {
        string id = new string('a', 255);
        Assert.Equal(id, IdValidator.Validate(id, "Id"));
    }

    [Fact]
    public void Path_escapes_each_id_as_one_segment()
    {
        string path = ApiPath.Root("v2/apps").Id("%2e%2e", "appId").Literal("keys").Id("a b&c", "keyId").ToString();

        Assert.Equal("/v2/apps/%252e%252e/keys/a%20b%26c", path);
    }

    [Fact]
    public void Path_refuses_a_hostile_id_with_its_parameter_name()
    {
        var error = Assert.Throws<ArgumentException>(() => ApiPath.Root("v2/apps").Id("x/../../v1.1/serviceaccounts", "appId"));
        Assert.Equal("appId", error.ParamName);
    }
}
