using System;
using System.Management.Automation;

namespace Smooch.PowerShell.Common;

/// <summary>No usable session for a cmdlet: always a terminating error that says how to connect.</summary>
internal sealed class SessionUnusableException : InvalidOperationException
{
    public SessionUnusableException(string message, string errorId, ErrorCategory category)
        : base(message)
    {
        ErrorId = errorId;
        Category = category;
    }

    public string ErrorId { get; }

    public ErrorCategory Category { get; }

    public ErrorRecord ToErrorRecord(object? target) => new ErrorRecord(this, ErrorId, Category, target);
}
