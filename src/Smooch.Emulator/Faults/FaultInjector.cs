using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Smooch.Emulator.Errors;
using Smooch.Emulator.Http;

namespace Smooch.Emulator.Faults;

/// <summary>Applies one fault rule around the normal handling of a request.</summary>
internal static class FaultInjector
{
    private static readonly byte[] s_notJson = "{\"key\": {\"id\": app_<html>502 Bad Gateway</html>"u8.ToArray();

    public static async Task ApplyAsync(HttpContext context, FaultRule rule, Func<Task> handle, Hosting.EmulatorRuntime runtime)
    {
        ApiFamily family = ApiFamily.ForPath(context.Request.Path);
        switch (rule.Kind)
        {
            case FaultKind.Status:
                await JsonResponse.WriteErrorAsync(context, family, family.Errors.Vocabulary.DescribeStatus(rule.Status == 0 ? 500 : rule.Status));
                return;
            case FaultKind.RateLimit:
                if (!string.IsNullOrEmpty(rule.RetryAfter))
                {
                    context.Response.Headers.RetryAfter = rule.RetryAfter;
                }

                await JsonResponse.WriteErrorAsync(context, family, family.Errors.Vocabulary.Describe(StandardError.RateLimited, null, rule.Status));
                return;
            case FaultKind.DropConnection:
                context.Abort();
                return;
            case FaultKind.DropResponse:
                await HandleThenAbortAsync(context, handle);
                return;
            case FaultKind.EchoCredential:
                await JsonResponse.WriteErrorAsync(context, family, new ApiError(rule.Status == 0 ? 400 : rule.Status, "bad_request", CredentialEcho.Message(context.Request, rule)));
                return;
            case FaultKind.Redirect:
                context.Response.StatusCode = rule.Status == 0 ? 302 : rule.Status;
                context.Response.Headers.Location = rule.Location;
                context.Response.ContentLength = 0;
                return;
            case FaultKind.Delay:
                // When the client gives up (or the emulator stops) first, the request is not handled.
                if (await runtime.WaitAsync(rule.Delay, context))
                {
                    await handle();
                }

                return;
            default:
                await RewriteBodyAsync(context, rule, handle);
                return;
        }
    }

    /// <summary>The handler's answer goes into a buffer that is never sent; then the connection is cut.</summary>
    private static async Task HandleThenAbortAsync(HttpContext context, Func<Task> handle)
    {
        Stream original = context.Response.Body;
        using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        try
        {
            await handle();
        }
        finally
        {
            context.Response.Body = original;
            context.Abort();
        }
    }

    private static async Task RewriteBodyAsync(HttpContext context, FaultRule rule, Func<Task> handle)
    {
        Stream original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await handle();
        }
        finally
        {
            context.Response.Body = original;
        }

        byte[] body = captured.ToArray();
        if (body.Length == 0)
        {
            return;   // nothing to damage (e.g. 204)
        }
        byte[] damaged = rule.Kind switch
        {
            FaultKind.TruncatedBody => body.AsSpan(0, CutAt(body, rule.TruncateAfter)).ToArray(),
            FaultKind.MalformedJson => s_notJson,
            _ => ExtraFieldsRewriter.AddUnknownFields(body),
        };
        context.Response.ContentLength = damaged.Length;
        await original.WriteAsync(damaged, context.RequestAborted);
    }

    /// <summary>Just after the first <paramref name="after"/>, or half the body when it is not given or not found.</summary>
    private static int CutAt(byte[] body, string? after)
    {
        int at = string.IsNullOrEmpty(after) ? -1 : body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(after));
        return at >= 0 ? at + System.Text.Encoding.UTF8.GetByteCount(after!) : Math.Max(1, body.Length / 2);
    }
}
