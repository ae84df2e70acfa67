using System;
using System.IO;

namespace Smooch.Client.Tests.Framework;

/// <summary>A non-seekable body that delivers <see cref="Bytes"/> in small reads, then ends or breaks with an IOException.</summary>
internal sealed class BodyStream : Stream
{
    private readonly bool _breaks;
    private int _position;

    public BodyStream(byte[] bytes, bool breaks)
    {
        Bytes = bytes;
        _breaks = breaks;
    }

    public byte[] Bytes { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position == Bytes.Length)
        {
            if (_breaks)
            {
                throw new IOException("Unable to read data from the transport connection: Connection reset by peer.");
            }
            return 0;
        }
        int n = Math.Min(Math.Min(count, 7), Bytes.Length - _position);
        Array.Copy(Bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
