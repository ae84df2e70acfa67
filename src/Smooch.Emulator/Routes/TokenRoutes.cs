using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Smooch.Emulator.Auth;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;
using Smooch.Emulator.State;

namespace Smooch.Emulator.Routes;

/// <summary>
/// POST /service-account-token: OAuth 2.0 client credentials (form body grant_type=client_credentials; client auth by
/// Basic header or client_id/client_secret form fields, not both). 200 {access_token, token_type, expires_in}.
/// </summary>
internal static class TokenRoutes
{
    public static void Map(ApiEndpoints organizationApi) => organizationApi.Post("/service-account-token", IssueToken);

    private static async Task IssueToken(ApiCall call)
    {
        IFormCollection form = await ReadFormAsync(call.Http);
        if (form["grant_type"] != "client_credentials")
        {
            throw new ApiException(400, "unsupported_grant_type", "grant_type must be client_credentials");
        }

        string? header = call.Http.Request.Headers.Authorization;
        bool formCredentials = !StringValues.IsNullOrEmpty(form["client_id"]) || !StringValues.IsNullOrEmpty(form["client_secret"]);
        string? clientId, clientSecret;
        if (!string.IsNullOrEmpty(header))
        {
            if (formCredentials)
            {
                throw new ApiException(400, "invalid_request", "Send client credentials either in the Authorization header or in the form, not both");
            }

            (string User, string Password)? basic = BasicCredentials.Parse(header) ?? throw InvalidClient;
            (clientId, clientSecret) = basic.Value;
        }
        else
        {
            clientId = form["client_id"];
            clientSecret = form["client_secret"];
        }
        if (string.IsNullOrEmpty(clientId) || clientSecret is null)
        {
            throw InvalidClient;
        }

        TimeSpan lifetime = call.Runtime.Options.TokenLifetime;
        AccessToken token;
        lock (call.Store.Gate)
        {
            OrgCredential? credential = call.Store.FindCredentialByClientId(clientId);
            if (credential is null || !SecretComparer.SameSecret(credential.ClientSecret, clientSecret) || !call.Store.IsActive(credential))
            {
                throw InvalidClient;
            }

            token = call.Store.IssueToken(credential, lifetime);
        }
        await JsonResponse.WriteAsync(call.Http, 200, w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token.Token);
            w.WriteString("token_type", "Bearer");
            w.WriteNumber("expires_in", Math.Max(1, (long)Math.Ceiling(lifetime.TotalSeconds)));
            w.WriteEndObject();
        });
    }

    private static ApiException InvalidClient => new(401, "invalid_client", "Client authentication failed");

    private static async Task<IFormCollection> ReadFormAsync(HttpContext context)
    {
        if (context.Request.ContentLength > RequestBody.MaxBytes)
        {
            throw new ApiException(StandardError.PayloadTooLarge);
        }

        if (!context.Request.HasFormContentType)
        {
            throw ApiException.BadRequest("Content-Type must be application/x-www-form-urlencoded");
        }

        try
        {
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            throw ApiException.BadRequest("Form body is not valid");
        }
    }
}
