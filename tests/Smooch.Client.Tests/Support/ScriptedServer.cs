using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Client.Tests.Support;

/// <summary>
/// A raw-socket HTTP/1.1 server on loopback that answers each request with the next scripted reply, for
/// transport faults that need exact control (half a body, a closed socket). Records every request line and headers.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<Reply> _replies = new ConcurrentQueue<Reply>();
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private readonly Task _loop;

    public ScriptedServer()
    {
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new ConcurrentQueue<RecordedRequest>();

    public Reply Default { get; set; } = Reply.Json(200, "{}");

    public void Enqueue(params Reply[] replies)
    {
        foreach (Reply reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(); // Stop() ends the wait with an exception
            }
            catch (Exception)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            NetworkStream stream = client.GetStream();
            try
            {
                while (true)
                {
                    RecordedRequest? request = await ReadRequest(stream);
                    if (request == null)
                    {
                        return;
                    }
                    Requests.Enqueue(request);
                    Reply reply = _replies.TryDequeue(out Reply? next) ? next : Default;
                    if (reply.Delay > TimeSpan.Zero)
                    {
                        await Task.Delay(reply.Delay, _stop.Token);
                    }
                    if (reply.Drop)
                    {
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    }
                    byte[] body = reply.Gzip ? Gzip(Encoding.UTF8.GetBytes(reply.Body)) : Encoding.UTF8.GetBytes(reply.Body);
                    var head = new StringBuilder();
                    head.Append("HTTP/1.1 ").Append(reply.Status).Append(" X\r\n");
                    head.Append("Content-Type: application/json\r\n");
                    head.Append(reply.Gzip ? "Content-Encoding: gzip\r\n" : string.Empty);
                    head.Append(reply.Chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.Length + "\r\n");
                    foreach (var header in reply.Headers)
                    {
                        head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
                    }
                    head.Append("\r\n");
                    byte[] headBytes = Encoding.ASCII.GetBytes(head.ToString());
                    await stream.WriteAsync(headBytes, 0, headBytes.Length);
                    int length = reply.TruncateAt ?? body.Length;
                    if (reply.Chunked)
                    {
                        await WriteChunksAsync(stream, body, length);
                    }
                    else
                    {
                        await stream.WriteAsync(body, 0, length);
                    }
                    await stream.FlushAsync();
                    if (reply.TruncateAt.HasValue)
                    {
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    }
                }
            }
            catch (Exception)
            {
            }
        }
    }

    private static byte[] Gzip(byte[] plain)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
        {
            gzip.Write(plain, 0, plain.Length);
        }
        return compressed.ToArray();
    }

    /// <summary>The body in 16-byte chunks; cut at <paramref name="length"/> it stops mid-chunk without the final empty chunk.</summary>
    private static async Task WriteChunksAsync(NetworkStream stream, byte[] body, int length)
    {
        for (int offset = 0; offset < body.Length; offset += 16)
        {
            int size = Math.Min(16, body.Length - offset);
            await WriteAsciiAsync(stream, size.ToString("x") + "\r\n");
            if (offset + size > length)
            {
                await stream.WriteAsync(body, offset, length - offset);
                return;
            }
            await stream.WriteAsync(body, offset, size);
            await WriteAsciiAsync(stream, "\r\n");
        }
        await WriteAsciiAsync(stream, "0\r\n\r\n");
    }

    private static Task WriteAsciiAsync(NetworkStream stream, string text)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        return stream.WriteAsync(bytes, 0, bytes.Length);
    }

    private static async Task<RecordedRequest?> ReadRequest(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            int read = await stream.ReadAsync(one, 0, 1);
            if (read == 0)
            {
                return null;
            }
            buffer.Add(one[0]);
            int n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
            {
                break;
            }
        }
        string[] lines = Encoding.ASCII.GetString(buffer.ToArray()).Split(new[] { "\r\n" }, StringSplitOptions.RemoveEmptyEntries);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        for (int i = 1; i < lines.Length; i++)
        {
            int colon = lines[i].IndexOf(':');
            string name = lines[i].Substring(0, colon).Trim();
            names.Add(name);
            headers[name] = lines[i].Substring(colon + 1).Trim();
        }
        string body = string.Empty;
        if (headers.TryGetValue("Content-Length", out string? lengthText) && int.Parse(lengthText) > 0)
        {
            var bytes = new byte[int.Parse(lengthText)];
            int offset = 0;
            while (offset < bytes.Length)
            {
                int read = await stream.ReadAsync(bytes, offset, bytes.Length - offset);
                if (read == 0)
                {
                    break;
                }
                offset += read;
            }
            body = Encoding.UTF8.GetString(bytes);
        }
        string[] requestLine = lines[0].Split(' ');
        return new RecordedRequest(requestLine[0], requestLine[1], headers, names, body);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception)
        {
        }
    }
}

/// <summary>One request as it arrived; <paramref name="HeaderNames"/> lists every header line's name in order, repeats included.</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, IReadOnlyList<string> HeaderNames, string Body);

internal sealed class Reply
{
    public int Status { get; init; } = 200;

    public string Body { get; init; } = "{}";

    public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public TimeSpan Delay { get; init; }

    public bool Drop { get; init; }

    public int? TruncateAt { get; init; }

    /// <summary>Send the body with Transfer-Encoding: chunked (no Content-Length).</summary>
    public bool Chunked { get; init; }

    /// <summary>Send the body gzip-compressed with Content-Encoding: gzip (Content-Length is the compressed size).</summary>
    public bool Gzip { get; init; }

    public static Reply Json(int status, string body) => new Reply { Status = status, Body = body };

    public Reply WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
