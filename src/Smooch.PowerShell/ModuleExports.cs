using System.Management.Automation;
using System.Reflection;

namespace Smooch.PowerShell;

/// <summary>
/// Called by Smooch.psm1 right after <c>Import-Module -Assembly</c>: adds the cmdlets of that nested module to the
/// Smooch module's exports. Export-ModuleMember cannot see the cmdlets of a nested module that a forced re-import
/// (Import-Module Smooch -Force) has just replaced, so they are added directly, as binary modules with a private
/// load context commonly do. Compiled rather than written as a loop in the loader: on a cold engine the loop's
/// reflection calls from script cost about 40 ms of every import.
/// </summary>
public static class ModuleExports
{
    private static readonly MethodInfo? s_addExportedCmdlet =
        typeof(PSModuleInfo).GetMethod("AddExportedCmdlet", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Exports every cmdlet of <paramref name="nested"/> from <paramref name="module"/>.</summary>
    /// <returns>False when this PowerShell offers no way to do so; the loader then uses Export-ModuleMember.</returns>
    public static bool Add(PSModuleInfo nested, PSModuleInfo module)
    {
        if (s_addExportedCmdlet is null)
        {
            return false;
        }

        foreach (CmdletInfo cmdlet in nested.ExportedCmdlets.Values)
        {
            s_addExportedCmdlet.Invoke(module, new object[] { cmdlet });
        }

        return true;
    }
}
