using System;
using System.Collections.Generic;
using System.Security;
using System.Text;
using Smooch.Client.Authentication;

namespace Smooch.Client.Http;

/// <summary>
/// The forbidden strings of one failed request (the session's secrets and tokens and the exact Authorization value
/// the attempt sent, in every spelling of <see cref="SecretEncodings"/>), alive only while its error is built:
/// <see cref="Dispose"/> clears them. <see cref="Redact"/> removes each exactly, whatever its length, then applies
/// the heuristics of <see cref="TextRedactor"/> for tokens the session does not know.
/// </summary>
internal sealed class RedactionScope : IDisposable
{
    private const string Mask = "[redacted]";

    /// <summary>
    /// Shorter spellings are not searched for: a 1-3 character "secret" protects nothing, and removing every
    /// occurrence of it would make messages unreadable (a token "t" would turn "unauthorized" into "unau[redacted]horized").
    /// </summary>
    internal const int MinimumLength = 4;
    private readonly List<char[]> _forbidden = new List<char[]>();

    /// <summary>A secret (with the user of its Basic pair, if it is sent as one).</summary>
    public void AddSecret(string? user, SecureString? secret)
    {
        if (secret == null || secret.Length == 0)
        {
            return;
        }
        char[] chars;
        try
        {
            chars = SecureStringText.ToChars(secret);
        }
        catch (ObjectDisposedException)
        {
            return; // the session was disposed while this request failed; its secrets are gone already
        }
        try
        {
            SecretEncodings.AddAll(_forbidden, chars);
            if (user != null)
            {
                SecretEncodings.AddBasicPair(_forbidden, user, chars);
            }
        }
        finally
        {
            Array.Clear(chars, 0, chars.Length);
        }
    }

    /// <summary>An Authorization value as sent ("Basic …", "Bearer …"): the credential after the scheme.</summary>
    public void AddAuthorization(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return;
        }
        int space = authorization!.IndexOf(' ');
        char[] credential = authorization.Substring(space + 1).Trim().ToCharArray();
        try
        {
            if (credential.Length > 0)
            {
                SecretEncodings.AddAll(_forbidden, credential);
            }
        }
        finally
        {
            Array.Clear(credential, 0, credential.Length);
        }
    }

    /// <summary>Server text with every forbidden string replaced by "[redacted]", then scrubbed and shortened by <see cref="TextRedactor"/>.</summary>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        return TextRedactor.Scrub(RemoveKnown(text!));
    }

    /// <summary>Marks every occurrence of every forbidden string first, then masks each marked run once, so overlapping matches and the mask itself cannot leave a piece behind.</summary>
    private string RemoveKnown(string text)
    {
        bool[]? marked = null;
        ReadOnlySpan<char> span = text.AsSpan();
        foreach (char[] forbidden in _forbidden)
        {
            if (forbidden.Length < MinimumLength)
            {
                continue;
            }
            int from = 0;
            while (from <= span.Length - forbidden.Length)
            {
                int at = span.Slice(from).IndexOf(forbidden.AsSpan());
                if (at < 0)
                {
                    break;
                }
                marked ??= new bool[text.Length];
                for (int i = from + at; i < from + at + forbidden.Length; i++)
                {
                    marked[i] = true;
                }
                from += at + 1;
            }
        }
        if (marked == null)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (!marked[i])
            {
                result.Append(text[i]);
            }
            else if (i == 0 || !marked[i - 1])
            {
                result.Append(Mask);
            }
        }
        return result.ToString();
    }

    public void Dispose()
    {
        foreach (char[] forbidden in _forbidden)
        {
            Array.Clear(forbidden, 0, forbidden.Length);
        }
        _forbidden.Clear();
    }
}
