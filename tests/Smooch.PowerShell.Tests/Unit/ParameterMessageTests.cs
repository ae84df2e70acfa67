using System;
using System.Management.Automation;
using Smooch.PowerShell.Common;

namespace Smooch.PowerShell.Tests.Unit;

/// <summary>Bad input reads the same from every cmdlet: the parameter named once, as typed, with no runtime suffix.</summary>
public class ParameterMessageTests
{
    [Theory]
    [InlineData("subdomain must be a single DNS label.", "Subdomain", "-Subdomain must be a single DNS label.")]
    [InlineData("BaseUri must use https.", "BaseUri", "-BaseUri must use https.")]
    [InlineData("Use only one of -Region, -Subdomain and -BaseUri.", "Subdomain", "Use only one of -Region, -Subdomain and -BaseUri.")]
    [InlineData("SMOOCH_BASE_URI is not an absolute URI: 'x'.", "SMOOCH_BASE_URI", "SMOOCH_BASE_URI is not an absolute URI: 'x'.")]
    public void The_message_names_the_parameter_once_without_the_runtime_suffix(string message, string parameter, string expected)
    {
        var argument = new ArgumentException(message, parameter);
        Assert.Contains("(Parameter '", argument.Message, StringComparison.Ordinal);

        ErrorRecord record = ErrorRecords.InvalidArgument(argument, "InvalidConnectionArgument", parameter);

        Assert.Equal(expected, record.Exception.Message);
        Assert.Equal(expected, record.ErrorDetails.Message);
        Assert.Equal(parameter, ((ArgumentException)record.Exception).ParamName);
        Assert.Same(argument, record.Exception.InnerException);
        Assert.Equal(ErrorCategory.InvalidArgument, record.CategoryInfo.Category);
    }

    [Fact]
    public void A_message_wrapped_twice_keeps_one_text()
    {
        var inner = new ArgumentException("subdomain must be a single DNS label.", "subdomain");
        var wrapped = new ArgumentException(ErrorRecords.WithoutParameterSuffix(inner), "Subdomain");

        Assert.Equal("-Subdomain must be a single DNS label.", ErrorRecords.ParameterMessage(wrapped));
    }
}
