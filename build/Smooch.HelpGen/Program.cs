using System;
using System.IO;

namespace Smooch.HelpGen;

/// <summary>
/// Usage: Smooch.HelpGen &lt;docs folder&gt; &lt;output folder (en-US)&gt;.
/// Problems are printed as "file(line): error HELPGEN001: ..." so MSBuild reports them with their location.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("Usage: Smooch.HelpGen <docs folder> <output folder>");
            return 2;
        }

        if (!Directory.Exists(args[0]))
        {
            Console.Error.WriteLine($"error HELPGEN002: The docs folder '{args[0]}' does not exist.");
            return 2;
        }

        HelpGenerator.Result result = HelpGenerator.Run(args[0], args[1]);
        foreach (HelpFormatException error in result.Errors)
        {
            Console.Out.WriteLine(error.Message);
        }

        if (result.Errors.Count > 0)
        {
            return 1;
        }

        Console.Out.WriteLine($"Smooch.HelpGen: {result.CommandCount} command page(s) -> {Path.Combine(args[1], HelpGenerator.DefaultMamlFileName)}");
        return 0;
    }
}
