using System.IO;

namespace Smooch.Emulator.Hosting;

/// <summary>The CLI's start-up text. Secrets appear only when this run generated them (they are shown once).</summary>
internal static class Banner
{
    public static void Write(TextWriter output, SmoochEmulator emulator, EmulatorOptions options)
    {
        StartupReport report = emulator.Report;
        output.WriteLine($"Smooch emulator listening on {emulator.BaseAddress}");
        output.WriteLine(options.AllowNonLoopback ? "Binding: as requested (may be NOT loopback)" : "Binding: loopback only");
        if (report.LoadedFromStateFile)
        {
            output.WriteLine($"State loaded from {options.StateFile}");
        }

        output.WriteLine($"Account key id: {report.AccountKeyId}");
        if (report.AccountSecretGenerated)
        {
            output.WriteLine($"Account secret (generated, shown once): {report.AccountSecret}");
        }

        foreach (SeededApp app in report.Apps)
        {
            output.WriteLine($"App {app.AppId}: custom integrations [{string.Join(", ", app.CustomIntegrationIds)}], non-custom {app.NonCustomIntegrationId}");
        }
        foreach (SeededOrganization org in report.Organizations)
        {
            output.WriteLine($"Organization {org.Id}{(org.Label is null ? "" : " (" + org.Label + ")")}: service account {org.ServiceAccountId}, client id {org.ClientId}");
            if (report.OrganizationsSeededNow.Contains(org.Id))
            {
                output.WriteLine($"  client secret (generated, shown once): {org.ClientSecret}");
            }
        }
        output.WriteLine("Control endpoints: /_emulator/health, /_emulator/faults, /_emulator/journal, /_emulator/reset, /_emulator/seed (loopback only)");
        output.WriteLine("Press Ctrl+C to stop.");
    }
}
