using System;
using System.Linq;
using System.Management.Automation;
using System.Security;
using System.Text;
using System.Text.Json;

namespace Smooch.PowerShell.Tests.EndToEnd;

public class JwtTests : EmulatorTest
{
    public JwtTests(EmulatorFixture fixture)
        : base(fixture)
    {
    }

    private const string NewJwt = "New-SmoochJwt -KeyId $args[0] -Secret (ConvertTo-SecureString -String $args[1] -AsPlainText -Force)";

    [Fact]
    public void The_token_is_a_SecureString_unless_AsPlainText()
    {
        PSObject secure = Shell.Run(NewJwt, Emulator.AccountKeyId, Emulator.AccountSecret).Single();
        PSObject plain = Shell.Run(NewJwt + " -AsPlainText -ExpiresIn (New-TimeSpan -Minutes 5)", Emulator.AccountKeyId, Emulator.AccountSecret).Single();

        Assert.IsType<SecureString>(secure.BaseObject);
        string token = Assert.IsType<string>(plain.BaseObject);
        string[] parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        using JsonDocument header = JsonDocument.Parse(Decode(parts[0]));
        using JsonDocument payload = JsonDocument.Parse(Decode(parts[1]));
        Assert.Equal(Emulator.AccountKeyId, header.RootElement.GetProperty("kid").GetString());
        Assert.Equal("account", payload.RootElement.GetProperty("scope").GetString());
        long exp = payload.RootElement.GetProperty("exp").GetInt64();
        Assert.InRange(exp - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 200, 300);
    }

    [Fact]
    public void A_signed_token_connects_as_AccessToken_and_is_accepted_by_the_server()
    {
        Shell.Run("Connect-Smooch -AccessToken (" + NewJwt + ") -BaseUri $args[2]", Emulator.AccountKeyId, Emulator.AccountSecret, Emulator.BaseAddress);
        var keys = Shell.Run("Get-SmoochAppKey -AppId $args[0]", AppId);

        Assert.Empty(Shell.Errors);
        Assert.Equal("Bearer", Shell.Run("(Get-SmoochSession).AuthMode").Single().ToString());
        Assert.NotNull(keys);
    }

    [Fact]
    public void An_unknown_key_prefix_without_Scope_is_an_InvalidArgument_error()
    {
        Shell.Run(NewJwt, "xyz_123", "secret");

        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("xyz_123", error.TargetObject);
    }

    [Fact]
    public void A_bare_number_for_ExpiresIn_is_refused_instead_of_becoming_ticks()
    {
        var output = Shell.Run(NewJwt + " -ExpiresIn 300", Emulator.AccountKeyId, Emulator.AccountSecret);

        Assert.Empty(output);
        ErrorRecord error = Shell.Errors.Single();
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("ExpiresIn", error.Exception.Message);
    }

    private static string Decode(string segment)
    {
        string padded = segment.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
