using System.Management.Automation;

namespace Smooch.PowerShell.Common;

/// <summary>An id or name filter: a literal (asks the API for one object) or a wildcard pattern (filters a list).</summary>
internal sealed class NamePattern
{
    private readonly WildcardPattern? _pattern;

    private NamePattern(string? text)
    {
        Text = text;
        _pattern = string.IsNullOrEmpty(text) ? null : WildcardPattern.Get(text, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
    }

    public string? Text { get; }

    /// <summary>True when a single object can be fetched by this value instead of listing.</summary>
    public bool IsLiteral => !string.IsNullOrEmpty(Text) && !WildcardPattern.ContainsWildcardCharacters(Text);

    public static NamePattern From(string? text) => new NamePattern(text);

    public bool Matches(string? value) => _pattern is null || (value is not null && _pattern.IsMatch(value));
}
