using System;
using System.Security.Cryptography;
using System.Text;

namespace Smooch.Emulator.Tests.Support;

/// <summary>Independent JWT construction for tests (so the emulator's own signer is not used to check itself).</summary>
public static class TestJwt
{
    public static string Segment(string json) => Base64Url(Encoding.UTF8.GetBytes(json));

    public static string Sign(string headerJson, string payloadJson, string secret)
    {
        string input = Segment(headerJson) + "." + Segment(payloadJson);
        return input + "." + Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(input)));
    }

    public static string Hs256(string kid, string secret, string scope, string extraClaims = "") =>
        Sign($"{{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"{kid}\"}}", $"{{\"scope\":\"{scope}\"{extraClaims}}}", secret);

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string DecodeSegment(string segment)
    {
        string padded = segment.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}

/// <summary>A clock tests move by hand (token expiry, JWT exp) — no waiting.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
