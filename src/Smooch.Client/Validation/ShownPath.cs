using System;

namespace Smooch.Client.Validation;

/// <summary>
/// A request path as error messages show it: ids as the caller typed them ("/v2/apps/x/keys/a*b"), not as they
/// were escaped for the wire ("/v2/apps/x/keys/a%2Ab"). Safe to decode: <see cref="ApiPath"/> escapes every
/// id and <see cref="IdValidator"/> refuses '/', '?', '#', '\' and control characters, so the decoded text
/// has the same segments and cannot break a line.
/// </summary>
internal static class ShownPath
{
    public static string Of(string wirePath)
    {
        return wirePath.IndexOf('%') < 0 ? wirePath : Uri.UnescapeDataString(wirePath);
    }
}
