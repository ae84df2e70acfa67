using System;

namespace Smooch.Emulator;

/// <summary>
/// Makes the next <see cref="Count"/> requests matching <see cref="Method"/> ("GET", ..., or "*") and <see cref="PathPattern"/>
/// misbehave. The pattern is a glob on the path: '*' is one segment, '**' any rest (e.g. "/v2/apps/*/keys", "/v1.1/serviceaccounts/**").
/// </summary>
public sealed record FaultRule(string Method, string PathPattern, FaultKind Kind, int Count = 1)
{
    /// <summary>For <see cref="FaultKind.Status"/> (500/502/503/504; default 500) and <see cref="FaultKind.RateLimit"/> (default 429).</summary>
    public int Status { get; init; }

    /// <summary>Retry-After header for <see cref="FaultKind.RateLimit"/>: seconds ("2") or an HTTP date.</summary>
    public string? RetryAfter { get; init; }

    /// <summary>For <see cref="FaultKind.Delay"/>: the wait before the request is handled normally.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>For <see cref="FaultKind.EchoCredential"/>: which form of the request's credential the error message quotes.</summary>
    public EchoForm Echo { get; init; }

    /// <summary>For <see cref="FaultKind.EchoCredential"/>: where the quote goes in a message padded to about this many bytes (0 = no padding).</summary>
    public int PadBytes { get; init; }

    /// <summary>For <see cref="FaultKind.TruncatedBody"/>: cut right after the first occurrence of this text instead of at half the body (e.g. "\"secret\":\"").</summary>
    public string? TruncateAfter { get; init; }

    /// <summary>For <see cref="FaultKind.Redirect"/>: the Location header (absolute or relative).</summary>
    public string? Location { get; init; }
}

public enum FaultKind
{
    /// <summary>An error status with the family's error body; the request is not handled.</summary>
    Status,
    /// <summary>429 (or <see cref="FaultRule.Status"/>) with the family's error body and optional Retry-After; not handled.</summary>
    RateLimit,
    /// <summary>Waits <see cref="FaultRule.Delay"/>, then handles the request normally (unless the client gave up).</summary>
    Delay,
    /// <summary>Aborts the connection without a response; the request is not handled.</summary>
    DropConnection,
    /// <summary>
    /// Handles the request (a create is made), then aborts the connection instead of answering: the answer is lost after
    /// the server acted, as when a proxy or the network fails on the way back.
    /// </summary>
    DropResponse,
    /// <summary>Handles the request, then sends only the first half of the JSON body.</summary>
    TruncatedBody,
    /// <summary>Handles the request, then replaces the body with text that is not valid JSON.</summary>
    MalformedJson,
    /// <summary>Handles the request and adds unknown fields to every JSON object of the body.</summary>
    ExtraFields,
    /// <summary>
    /// 400 (or a 4xx <see cref="FaultRule.Status"/>) whose error message quotes the request's credential in the form
    /// <see cref="FaultRule.Echo"/>, as a careless server or proxy might; not handled.
    /// </summary>
    EchoCredential,
    /// <summary>302 (or a 3xx <see cref="FaultRule.Status"/>) to <see cref="FaultRule.Location"/> with an empty body; not handled.</summary>
    Redirect,
}

/// <summary>What an <see cref="FaultKind.EchoCredential"/> error quotes.</summary>
public enum EchoForm
{
    /// <summary>The whole Authorization header value ("Basic …" / "Bearer …").</summary>
    Header,
    /// <summary>The secret itself: the password of Basic, the token of Bearer.</summary>
    Raw,
    /// <summary>The secret as standard Base64 (with padding).</summary>
    Base64,
    /// <summary>The secret percent-encoded (Uri.EscapeDataString).</summary>
    UrlEncoded,
}

/// <param name="Query">The query string as sent ("?page[size]=100&amp;..."), empty when there was none or on the token endpoint; lets tests see which filters and cursors a client sent.</param>
public sealed record JournalEntry(DateTimeOffset At, string Method, string Path, int Status, double Milliseconds, string? Fault, string Query = "");
