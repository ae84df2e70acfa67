using System;

namespace Smooch.Emulator.Faults;

/// <summary>'*' matches one path segment, '**' the rest of the path (zero or more segments); other segments match literally (ordinal, case-insensitive).</summary>
internal sealed class PathGlob
{
    private readonly string[] _segments;

    public PathGlob(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern[0] != '/')
        {
            throw new ArgumentException("A path pattern starts with '/'.", nameof(pattern));
        }

        _segments = pattern.Trim('/').Split('/');
    }

    public bool Matches(string path)
    {
        string[] parts = path.Trim('/').Split('/');
        for (int i = 0; i < _segments.Length; i++)
        {
            if (_segments[i] == "**")
            {
                return true;
            }

            if (i >= parts.Length)
            {
                return false;
            }

            if (_segments[i] != "*" && !string.Equals(_segments[i], parts[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return parts.Length == _segments.Length;
    }
}
