using System;
using System.Collections.Generic;
using System.IO;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Hosting;

internal static class OptionsValidator
{
    public static void Validate(EmulatorOptions options)
    {
        if (options.AccountKeyId is not null && !(options.AccountKeyId.StartsWith("act_", StringComparison.Ordinal) && Ids.IsHex24(options.AccountKeyId.AsSpan(4))))
        {
            throw new ArgumentException("AccountKeyId must be \"act_\" followed by 24 lowercase hex characters.", nameof(options));
        }

        if (options.AccountSecret is { Length: 0 })
        {
            throw new ArgumentException("AccountSecret must not be empty.", nameof(options));
        }

        if (options.Apps < 0)
        {
            throw new ArgumentException("Apps must not be negative.", nameof(options));
        }

        if (options.CustomIntegrationsPerApp < 0)
        {
            throw new ArgumentException("CustomIntegrationsPerApp must not be negative.", nameof(options));
        }

        if (options.Latency < TimeSpan.Zero)
        {
            throw new ArgumentException("Latency must not be negative.", nameof(options));
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException("TokenLifetime must be positive.", nameof(options));
        }

        if (options.JournalCapacity < 1)
        {
            throw new ArgumentException("JournalCapacity must be at least 1.", nameof(options));
        }

        var organizationNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (OrganizationSeed seed in options.Organizations)
        {
            if (!organizationNames.Add(seed.Id) || (seed.Label is not null && seed.Label != seed.Id && !organizationNames.Add(seed.Label)))
            {
                throw new ArgumentException($"Organization '{seed.Id}' is given twice, or its label repeats another organization's id or label.", nameof(options));
            }

            if (string.IsNullOrWhiteSpace(seed.Id) || seed.Id.Length > 255 || seed.Id.Contains('/'))
            {
                throw new ArgumentException($"Organization id '{seed.Id}' must be 1 to 255 characters without '/'.", nameof(options));
            }
        }
        if (!LoopbackUrls.AllLoopback(options.Urls, out string? offending))
        {
            if (!options.AllowNonLoopback)
            {
                throw new InvalidOperationException($"Refusing to bind '{offending}': the emulator serves test credentials and binds to loopback only. Set AllowNonLoopback (--allow-non-loopback) to override.");
            }

            TextWriter log = options.Log ?? Console.Error;
            log.WriteLine($"WARNING: the emulator is bound to '{offending}', which is NOT loopback. Anyone who can reach it can use its test credentials.");
        }
    }
}
