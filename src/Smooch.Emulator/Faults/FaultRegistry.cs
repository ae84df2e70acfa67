using System;
using System.Collections.Generic;

namespace Smooch.Emulator.Faults;

/// <summary>Armed fault rules; each match uses up one of the rule's Count. The first armed matching rule wins.</summary>
internal sealed class FaultRegistry
{
    private sealed class Armed(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;
        public PathGlob Glob { get; } = new(rule.PathPattern);
        public int Remaining { get; set; } = rule.Count;
    }

    private readonly object _gate = new();
    private readonly List<Armed> _rules = new();
    private volatile bool _any;

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Count < 1)
        {
            throw new ArgumentException("Count must be at least 1.", nameof(rule));
        }

        if (string.IsNullOrWhiteSpace(rule.Method))
        {
            throw new ArgumentException("Method is required (\"GET\", ... or \"*\").", nameof(rule));
        }

        if (rule.Kind == FaultKind.Status && rule.Status != 0 && (rule.Status < 400 || rule.Status > 599))
        {
            throw new ArgumentException("Status must be a 4xx or 5xx code.", nameof(rule));
        }

        if (rule.Kind == FaultKind.EchoCredential && rule.Status != 0 && (rule.Status < 400 || rule.Status > 499))
        {
            throw new ArgumentException("Status of EchoCredential must be a 4xx code.", nameof(rule));
        }

        if (rule.Kind == FaultKind.Redirect && (string.IsNullOrEmpty(rule.Location) || (rule.Status != 0 && (rule.Status < 300 || rule.Status > 399))))
        {
            throw new ArgumentException("Redirect needs a Location and a 3xx Status (default 302).", nameof(rule));
        }

        if (rule.PadBytes < 0 || rule.PadBytes > 8 * 1024 * 1024)
        {
            throw new ArgumentException("PadBytes must be between 0 and 8 MiB.", nameof(rule));
        }

        var armed = new Armed(rule);
        lock (_gate)
        {
            _rules.Add(armed);
            _any = true;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _any = false;
        }
    }

    public FaultRule? TryTake(string method, string path)
    {
        if (!_any)
        {
            return null;
        }

        lock (_gate)
        {
            for (int i = 0; i < _rules.Count; i++)
            {
                Armed armed = _rules[i];
                if (armed.Rule.Method != "*" && !string.Equals(armed.Rule.Method, method, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!armed.Glob.Matches(path))
                {
                    continue;
                }

                if (--armed.Remaining == 0)
                {
                    _rules.RemoveAt(i);
                }

                _any = _rules.Count > 0;
                return armed.Rule;
            }
            return null;
        }
    }
}
