using System.Net.Http;

namespace Smooch.Client.Http
{
    /// <summary>A response body that <see cref="BodyCaptureHandler"/> has already read; <see cref="LeanResponse"/> takes the bytes as they are.</summary>
    internal sealed class CapturedContent : ByteArrayContent
    {
        public CapturedContent(byte[] bytes)
            : base(bytes)
        {
            Bytes = bytes;
        }

        public byte[] Bytes { get; }
    }
}
