using System;

namespace Smooch.PowerShell.Common;

/// <summary>
/// The ArgumentException a cmdlet reports for bad input: its Message is the text users read (see
/// <see cref="ErrorRecords.ParameterMessage"/>), without the runtime's "(Parameter 'x')" suffix; ParamName
/// and the original exception (as InnerException) are kept.
/// </summary>
internal sealed class ParameterArgumentException : ArgumentException
{
    private readonly string _text;

    public ParameterArgumentException(string text, ArgumentException original)
        : base(text, original.ParamName, original)
    {
        _text = text;
    }

    public override string Message => _text;
}
