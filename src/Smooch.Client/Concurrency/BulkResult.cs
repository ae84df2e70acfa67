using System;

namespace Smooch.Client.Concurrency;

/// <summary>The outcome of one input of a bulk run: either a value or the error that input met.</summary>
public sealed class BulkResult<TIn, TOut>
{
    private BulkResult(TIn input, TOut? value, Exception? error)
    {
        Input = input;
        Value = value;
        Error = error;
    }

    /// <summary>The input this result belongs to (e.g. the parent id), for error targets.</summary>
    public TIn Input { get; }

    /// <summary>The operation's result; default when it failed.</summary>
    public TOut? Value { get; }

    /// <summary>Why the operation failed for this input; null when it succeeded.</summary>
    public Exception? Error { get; }

    /// <summary>True when the operation returned a value for this input.</summary>
    public bool Succeeded => Error is null;

    internal static BulkResult<TIn, TOut> Success(TIn input, TOut value) => new BulkResult<TIn, TOut>(input, value, null);

    internal static BulkResult<TIn, TOut> Failure(TIn input, Exception error) =>
        new BulkResult<TIn, TOut>(input, default, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>"input: ok" or "input: ExceptionType", for logs and debugging.</summary>
    public override string ToString() => Succeeded ? $"{Input}: ok" : $"{Input}: {Error!.GetType().Name}";
}
