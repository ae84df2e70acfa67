using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;

namespace Smooch.PowerShell.Tests;

/// <summary>
/// Another module's RestSharp in the default context, loaded before or after ours, must not change
/// which RestSharp the module's code runs on (the private load context of Smooch.psm1).
/// </summary>
public class LoadContextIsolationTests
{
    [Theory]
    [InlineData("before")]
    [InlineData("after")]
    public async Task Module_code_uses_its_own_RestSharp_beside_another_version(string order)
    {
        using var listener = new HttpListener();
        int port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        Task serve = Task.Run(async () =>
        {
            HttpListenerContext context = await listener.GetContextAsync();
            context.Response.StatusCode = 204;
            context.Response.Close();
        });

        JsonElement seen = await RunProbeAsync(order, $"http://127.0.0.1:{port}/");
        await serve;

        Assert.Equal("Smooch", seen.GetProperty("moduleContext").GetString());
        Assert.Equal("Smooch", seen.GetProperty("clientContext").GetString());
        Assert.Equal("114.1.0.0", seen.GetProperty("moduleRestSharpVersion").GetString());
        Assert.StartsWith(RepositoryPaths.StagedLib("net8.0"), seen.GetProperty("moduleRestSharpPath").GetString());
        Assert.Equal("100.0.0.0", seen.GetProperty("defaultRestSharpVersion").GetString());
        Assert.Equal(204, seen.GetProperty("status").GetInt32());
    }

    private static async Task<JsonElement> RunProbeAsync(string order, string url)
    {
        string probe = Path.Combine(AppContext.BaseDirectory, "probe", "LoadContextProbe.dll");
        string standIn = Path.Combine(AppContext.BaseDirectory, "standin", "RestSharp.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in new[] { probe, order, standIn, RepositoryPaths.StagedLib("net8.0"), url })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(process.ExitCode == 0, "probe failed: " + await stderr);
        return JsonDocument.Parse(await stdout).RootElement.Clone();
    }

    private static int FreePort()
    {
        var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        int port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}
