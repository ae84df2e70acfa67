using System;
using System.Management.Automation;
using Smooch.Client.Validation;

namespace Smooch.PowerShell.Common;

/// <summary>
/// Refuses, while binding, a string (or an element of a string[]) longer than one of the documented limits in
/// <see cref="TextLimits"/>, with the client's own wording: "Cannot validate argument on parameter 'Name'. The
/// value must be at most 100 characters long (it has 101)." Null and empty are left to [ValidateNotNullOrEmpty].
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateTextLimitAttribute : ValidateEnumeratedArgumentsAttribute
{
    public ValidateTextLimitAttribute(int maxLength)
    {
        MaxLength = maxLength;
    }

    /// <summary>The longest value accepted, in characters.</summary>
    public int MaxLength { get; }

    protected override void ValidateElement(object element)
    {
        string? problem = TextLimits.TooLong(element as string, MaxLength);
        if (problem is not null)
        {
            throw new ValidationMetadataException("The value " + problem);
        }
    }
}
