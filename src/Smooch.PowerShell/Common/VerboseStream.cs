using System.Management.Automation;

namespace Smooch.PowerShell.Common;

/// <summary>Whether anyone listens to a cmdlet's Verbose stream, decided once per invocation the way the engine does.</summary>
internal static class VerboseStream
{
    public static bool IsWanted(PSCmdlet cmdlet)
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        if (bound.TryGetValue("Verbose", out object? verbose))
        {
            return LanguagePrimitives.IsTrue(verbose);
        }

        // -Debug turns Verbose on as well.
        if (bound.TryGetValue("Debug", out object? debug) && LanguagePrimitives.IsTrue(debug))
        {
            return true;
        }

        object? preference = cmdlet.GetVariableValue("VerbosePreference");
        return !LanguagePrimitives.TryConvertTo(preference, out ActionPreference action)
            || (action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore);
    }
}
