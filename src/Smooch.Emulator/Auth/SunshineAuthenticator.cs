using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Auth;

/// <summary>Basic (key id / secret) or Bearer HS256 JWT with the scope the key type may hold; anything else is 401.</summary>
internal static class SunshineAuthenticator
{
    public static ApiKey Authenticate(HttpContext context, EmulatorStore store)
    {
        string? header = context.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            throw new ApiException(StandardError.Unauthorized);
        }

        if (BasicCredentials.Parse(header) is { } basic)
        {
            ApiKey? key;
            lock (store.Gate)
            {
                key = store.FindKey(basic.User);
            }

            if (key is null || !SecretComparer.SameSecret(key.Secret, basic.Password) || !IsActive(key, store))
            {
                throw new ApiException(StandardError.Unauthorized);
            }

            return key;
        }

        if (BasicCredentials.BearerToken(header) is { } token)
        {
            return FromJwt(token, store);
        }

        throw new ApiException(StandardError.Unauthorized);
    }

    private static ApiKey FromJwt(string token, EmulatorStore store)
    {
        Jwt.Unverified parsed = Jwt.Parse(token, out string? problem);
        if (problem is not null)
        {
            throw new ApiException(StandardError.Unauthorized, problem);
        }

        ApiKey? key;
        lock (store.Gate)
        {
            key = store.FindKey(parsed.KeyId);
        }

        if (key is null || !IsActive(key, store))
        {
            throw new ApiException(StandardError.Unauthorized, "Unknown JWT kid");
        }

        if (!Jwt.SignatureMatches(parsed, key.Secret))
        {
            throw new ApiException(StandardError.Unauthorized, "Invalid JWT signature");
        }

        if (parsed.Scope != Jwt.ScopeFor(key.Kind))
        {
            throw new ApiException(StandardError.Unauthorized, "JWT scope is not allowed for this key");
        }

        if (parsed.ExpiresAt is { } exp && store.Now.ToUnixTimeSeconds() >= exp)
        {
            throw new ApiException(StandardError.Unauthorized, "JWT has expired");
        }

        return key;
    }

    private static bool IsActive(ApiKey key, EmulatorStore store)
    {
        lock (store.Gate)
        {
            return store.IsActive(key);
        }
    }
}
