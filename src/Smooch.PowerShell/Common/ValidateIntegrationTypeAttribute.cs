using System;
using System.Management.Automation;
using Smooch.Client.Models;

namespace Smooch.PowerShell.Common;

/// <summary>
/// Refuses, while binding, a value that is not one of the API's integration types (<see cref="IntegrationTypes"/>),
/// in any letter case: "Cannot validate argument on parameter 'Type'. 'sms' is not an integration type; use one of ...".
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class ValidateIntegrationTypeAttribute : ValidateEnumeratedArgumentsAttribute
{
    protected override void ValidateElement(object element)
    {
        string? type = element as string;
        if (!IntegrationTypes.IsKnown(type?.ToLowerInvariant()))
        {
            throw new ValidationMetadataException($"'{type}' is not an integration type; use one of {string.Join(", ", IntegrationTypes.All)}.");
        }
    }
}
