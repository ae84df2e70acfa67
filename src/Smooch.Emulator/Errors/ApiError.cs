using System;

namespace Smooch.Emulator.Errors;

/// <summary>Situations every family reports; each family's vocabulary turns them into its own code and message.</summary>
internal enum StandardError { BadRequest, Unauthorized, Forbidden, NotFound, Conflict, PayloadTooLarge, RateLimited, ServerError }

internal sealed record ApiError(int Status, string Code, string Message);

/// <summary>Thrown by handlers; the endpoint wrapper writes it with the family's error body.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(StandardError kind, string? message = null) : base(message ?? kind.ToString())
    {
        Kind = kind;
        Detail = message;
    }

    public ApiException(int status, string code, string message) : base(message)
    {
        Explicit = new ApiError(status, code, message);
    }

    public StandardError Kind { get; }
    public string? Detail { get; }
    public ApiError? Explicit { get; }

    public static ApiException BadRequest(string reason) => new(StandardError.BadRequest, reason);
}
