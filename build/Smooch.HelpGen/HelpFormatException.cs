using System;

namespace Smooch.HelpGen;

/// <summary>A help page that does not follow the expected layout, with the file and 1-based line at fault.</summary>
public sealed class HelpFormatException : Exception
{
    public HelpFormatException(string file, int line, string problem)
        : base($"{file}({line}): error HELPGEN001: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public string File { get; }

    public int Line { get; }

    public string Problem { get; }
}
