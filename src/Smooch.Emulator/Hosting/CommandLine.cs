using System;
using System.Collections.Generic;
using System.Globalization;

namespace Smooch.Emulator.Hosting;

/// <summary>CLI flags and their SMOOCH_EMULATOR_* environment variables (flags win).</summary>
internal static class CommandLine
{
    public const string Usage = """
        Smooch API emulator (Sunshine Conversations v1.1/v2 credential APIs + organization service-account API)

        Usage: dotnet run --project src/Smooch.Emulator -- [options]
          --urls URL                    default http://127.0.0.1:5080 (loopback only unless --allow-non-loopback)
          --account-key act_ID:SECRET   account key to seed (generated and printed once when absent)
          --apps N                      apps to pre-create (default 1)
          --custom-integrations N       custom integrations per app (default 1; each app also gets one "web" integration)
          --organization ID[:LABEL]     organization with one service account and client credential (repeatable)
          --latency-ms N                artificial latency per API request
          --state-file PATH             keep data across restarts (atomic writes; a corrupt file stops the start)
          --quiet                       no per-request log lines
          --allow-non-loopback          permit binding a non-loopback address (warned about loudly)
          --exit-with PID               stop when that process ends (for test hosts that start the emulator)
        Environment: SMOOCH_EMULATOR_URLS, _ACCOUNT_KEY, _APPS, _CUSTOM_INTEGRATIONS, _ORGANIZATIONS (comma-separated
        ID[:LABEL]), _LATENCY_MS, _STATE_FILE.
        """;

    /// <summary>Null when --help was asked for.</summary>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var options = new EmulatorOptions { Urls = "http://127.0.0.1:5080", LogRequests = true };
        Apply(options, "--urls", environment("SMOOCH_EMULATOR_URLS"));
        Apply(options, "--account-key", environment("SMOOCH_EMULATOR_ACCOUNT_KEY"));
        Apply(options, "--apps", environment("SMOOCH_EMULATOR_APPS"));
        Apply(options, "--custom-integrations", environment("SMOOCH_EMULATOR_CUSTOM_INTEGRATIONS"));
        Apply(options, "--latency-ms", environment("SMOOCH_EMULATOR_LATENCY_MS"));
        Apply(options, "--state-file", environment("SMOOCH_EMULATOR_STATE_FILE"));
        string? organizations = environment("SMOOCH_EMULATOR_ORGANIZATIONS");
        if (!string.IsNullOrWhiteSpace(organizations))
        {
            foreach (string organization in organizations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Apply(options, "--organization", organization);
            }
        }

        bool organizationsFromArgs = false;
        for (int i = 0; i < args.Count; i++)
        {
            string flag = args[i];
            switch (flag)
            {
                case "-h" or "--help" or "-?":
                    return null;
                case "--quiet":
                    options.LogRequests = false;
                    continue;
                case "--allow-non-loopback":
                    options.AllowNonLoopback = true;
                    continue;
            }
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{flag} needs a value.");
            }

            if (flag == "--organization" && !organizationsFromArgs)
            {
                options.Organizations.Clear();   // flags replace the environment's list
                organizationsFromArgs = true;
            }
            if (!Apply(options, flag, args[++i]))
            {
                throw new ArgumentException($"Unknown option '{flag}'. Use --help for the list.");
            }
        }
        return options;
    }

    private static bool Apply(EmulatorOptions options, string flag, string? value)
    {
        if (value is null)
        {
            return true;
        }

        switch (flag)
        {
            case "--urls":
                options.Urls = value;
                return true;
            case "--account-key":
                int colon = value.IndexOf(':');
                if (colon <= 0 || colon == value.Length - 1)
                {
                    throw new ArgumentException("--account-key must be act_ID:SECRET.");
                }

                options.AccountKeyId = value.Substring(0, colon);
                options.AccountSecret = value.Substring(colon + 1);
                return true;
            case "--apps":
                options.Apps = NonNegative(flag, value);
                return true;
            case "--custom-integrations":
                options.CustomIntegrationsPerApp = NonNegative(flag, value);
                return true;
            case "--latency-ms":
                options.Latency = TimeSpan.FromMilliseconds(NonNegative(flag, value));
                return true;
            case "--state-file":
                options.StateFile = value;
                return true;
            case "--exit-with":
                options.ExitWithProcessId = NonNegative(flag, value);
                return true;
            case "--organization":
                int separator = value.IndexOf(':');
                options.Organizations.Add(separator < 0
                    ? new OrganizationSeed(value)
                    : new OrganizationSeed(value.Substring(0, separator), value.Substring(separator + 1)));
                return true;
            default:
                return false;
        }
    }

    private static int NonNegative(string flag, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
            ? number
            : throw new ArgumentException($"{flag} must be a non-negative integer, not '{value}'.");
}
