using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Smooch.Client.Tests.Safety;

/// <summary>Test-side spellings of a secret, built with the framework's own encoders (not the client's).</summary>
internal static class SecretForms
{
    private const string Alphabet = "Ab9+/=&?x_-.~!Zq3 7:w";

    /// <summary>A secret of exactly <paramref name="length"/> characters that needs escaping in Base64 and in URLs.</summary>
    public static string Make(int length, int seed = 0)
    {
        return new string(Enumerable.Range(0, length).Select(i => Alphabet[(i * 7 + seed) % Alphabet.Length]).ToArray());
    }

    public static IReadOnlyList<string> All(string secret, string? user = null)
    {
        var forms = new List<string> { secret };
        AddBase64(forms, secret);
        if (user != null)
        {
            AddBase64(forms, user + ":" + secret);
        }
        foreach (string form in forms.ToList())
        {
            string escaped = Uri.EscapeDataString(form);
            forms.Add(escaped);
            forms.Add(LowerHex(escaped));
        }
        return forms.Distinct().ToList();
    }

    public static string Base64(string text)
    {
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    private static void AddBase64(List<string> forms, string text)
    {
        string standard = Base64(text);
        string urlSafe = standard.Replace('+', '-').Replace('/', '_');
        forms.AddRange(new[] { standard, standard.TrimEnd('='), urlSafe, urlSafe.TrimEnd('=') });
    }

    private static string LowerHex(string escaped)
    {
        var result = new StringBuilder(escaped);
        for (int i = 0; i < result.Length - 2; i++)
        {
            if (result[i] == '%')
            {
                result[i + 1] = char.ToLowerInvariant(result[i + 1]);
                result[i + 2] = char.ToLowerInvariant(result[i + 2]);
            }
        }
        return result.ToString();
    }
}
