using System.Net.Http;

namespace Smooch.Client.Http;

/// <summary>A response body that <see cref="BodyCaptureHandler"/> has already read; <see cref="WireResponseReader"/> takes the bytes as they are.</summary>
internal sealed class CapturedContent : ByteArrayContent
{
    public CapturedContent(byte[] bytes, bool incomplete)
        : base(bytes)
    {
        Bytes = bytes;
        Incomplete = incomplete;
    }

    public byte[] Bytes { get; }

    /// <summary>True when the body broke off; <see cref="Bytes"/> holds what arrived before it did.</summary>
    public bool Incomplete { get; }
}
