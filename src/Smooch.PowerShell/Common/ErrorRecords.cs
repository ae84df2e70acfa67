using System;
using System.Management.Automation;
using Smooch.Client;

namespace Smooch.PowerShell.Common;

/// <summary>Turns what went wrong for one input into the ErrorRecord users filter on (ErrorId, category, target).</summary>
internal static class ErrorRecords
{
    public static ErrorRecord From(Exception exception, object? target)
    {
        switch (exception)
        {
            case SmoochApiException api:
                var record = new ErrorRecord(api, ErrorIdOf(api), CategoryOf(api), target);
                string? advice = AdviceFor(api);
                if (advice is not null)
                {
                    record.ErrorDetails = new ErrorDetails(api.Message) { RecommendedAction = advice };
                }

                return record;
            case ArgumentException argument:
                return InvalidArgument(argument, "InvalidArgument", target);
            default:
                return new ErrorRecord(exception, exception.GetType().Name, ErrorCategory.NotSpecified, target);
        }
    }

    public static string ErrorIdOf(SmoochApiException api) =>
        string.IsNullOrEmpty(api.ErrorCode) ? api.Kind.ToString() : api.ErrorCode!;

    public static ErrorCategory CategoryOf(SmoochApiException api)
    {
        switch (api.StatusCode)
        {
            case 404:
                return ErrorCategory.ObjectNotFound;
            case 401:
            case 403:
                return ErrorCategory.PermissionDenied;
            case 409:
                return ErrorCategory.ResourceExists;
            case 400:
            case 422:
                return ErrorCategory.InvalidArgument;
            case 429:
                return ErrorCategory.LimitsExceeded;
        }

        if (api.StatusCode >= 500 || api.Kind == SmoochErrorKind.Connection)
        {
            return ErrorCategory.ConnectionError;
        }

        return api.Kind switch
        {
            SmoochErrorKind.Timeout => ErrorCategory.OperationTimeout,
            SmoochErrorKind.MalformedResponse => ErrorCategory.InvalidResult,
            SmoochErrorKind.UnexpectedRedirect => ErrorCategory.InvalidResult,
            _ => ErrorCategory.NotSpecified,
        };
    }

    /// <summary>A Set-* of name and description given neither: nothing is sent.</summary>
    public static ErrorRecord NothingToChange(object? target) =>
        InvalidArgument(new ArgumentException("Give -Name, -Description or both: there is nothing to change.", "Name"), "NothingToChange", target);

    /// <summary>
    /// Bad input of one cmdlet (a client check, Connect-Smooch's settings, New-SmoochJwt's key): InvalidArgument, and
    /// both the exception and the record read as <see cref="ParameterMessage"/>, with the parameter as typed.
    /// </summary>
    public static ErrorRecord InvalidArgument(ArgumentException argument, string errorId, object? target)
    {
        string shown = ParameterMessage(argument);
        return new ErrorRecord(new ParameterArgumentException(shown, argument), errorId, ErrorCategory.InvalidArgument, target)
        {
            ErrorDetails = new ErrorDetails(shown),
        };
    }

    /// <summary>A terminating error for a cmdlet that cannot run at all (no session, wrong session, bad settings).</summary>
    public static ErrorRecord Usage(string message, string errorId, ErrorCategory category, object? target) =>
        new ErrorRecord(new InvalidOperationException(message), errorId, category, target);

    /// <summary>
    /// The client names parameters as C# does ("appId must not contain '/'."); users typed -AppId, so the error
    /// they read names that parameter once, as -AppId, without the runtime's "(Parameter 'appId')" suffix.
    /// A message that does not start with the parameter's name, or names an environment variable (SMOOCH_KEY_ID),
    /// only loses the suffix.
    /// </summary>
    internal static string ParameterMessage(ArgumentException argument)
    {
        string text = WithoutParameterSuffix(argument);
        string? name = argument.ParamName;
        if (string.IsNullOrEmpty(name) || name!.IndexOf('_') >= 0 || !text.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return "-" + char.ToUpperInvariant(name![0]) + name.Substring(1) + text.Substring(name.Length);
    }

    /// <summary>The message without what the runtime appends: " (Parameter 'x')" (.NET) or "Parameter name: x" (.NET Framework).</summary>
    internal static string WithoutParameterSuffix(ArgumentException argument)
    {
        string text = argument.Message;
        foreach (string suffix in new[] { " (Parameter '", Environment.NewLine + "Parameter name:" })
        {
            int at = text.IndexOf(suffix, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text.Substring(0, at);
            }
        }

        return text;
    }

    private static string? AdviceFor(SmoochApiException api) => api.StatusCode switch
    {
        401 => "Check the key id and secret of the session (Get-SmoochSession) and connect again with Connect-Smooch.",
        403 => "The key of this session may not call this endpoint; service accounts and their keys need an account key (act_...).",
        429 => "The API is rate limiting this account; lower -ThrottleLimit or try again later.",
        _ => null,
    };
}
