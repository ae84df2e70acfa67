using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Smooch.Emulator;

namespace Smooch.Client.Tests.EmulatorApi;

/// <summary>
/// The built emulator (net10.0) as a separate 'dotnet' process on a free loopback port, with a known account key,
/// one app with one custom integration and one organization. Its seeded ids come from the start-up banner.
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    public const string OrganizationId = "org-test";

    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private EmulatorProcess(Process process, Uri baseAddress, string accountKeyId, string accountSecret, string banner)
    {
        _process = process;
        BaseAddress = baseAddress;
        AccountKeyId = accountKeyId;
        AccountSecret = accountSecret;
        Apps = StartupBanner.Apps(banner);
        Organizations = StartupBanner.Organizations(banner);
        Control = new RemoteEmulatorControl(baseAddress);
    }

    public Uri BaseAddress { get; }

    public string AccountKeyId { get; }

    public string AccountSecret { get; }

    public System.Collections.Generic.IReadOnlyList<SeededApp> Apps { get; }

    public System.Collections.Generic.IReadOnlyList<SeededOrganization> Organizations { get; }

    public RemoteEmulatorControl Control { get; }

    /// <summary>The emulator assembly this test assembly was built with (see the project file).</summary>
    public static string AssemblyPath =>
        typeof(EmulatorProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SmoochEmulatorAssembly").Value!;

    public static EmulatorProcess Start()
    {
        string assembly = AssemblyPath;
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"The emulator is not built at {assembly}; build the solution (dotnet build) first.");
        }
        int port = FreeLoopbackPort();
        string keyId = "act_" + Guid.NewGuid().ToString("N").Substring(0, 24);
        string secret = RandomSecret();
        var start = new ProcessStartInfo(DotnetHost(), Quote(assembly) + " --urls http://127.0.0.1:" + port + " --apps 1 --custom-integrations 1 --organization " + OrganizationId + ":test-label --quiet --exit-with " + Process.GetCurrentProcess().Id)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        start.EnvironmentVariables["SMOOCH_EMULATOR_ACCOUNT_KEY"] = keyId + ":" + secret;

        var output = new StringBuilder();
        var errors = new StringBuilder();
        using var bannerComplete = new ManualResetEventSlim();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == null)
            {
                return;
            }
            lock (output)
            {
                output.AppendLine(e.Data);
            }
            if (e.Data == StartupBanner.LastLine)
            {
                bannerComplete.Set();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!bannerComplete.Wait(100))
        {
            if (process.HasExited || deadline.Elapsed > s_startTimeout)
            {
                Stop(process);
                lock (errors)
                {
                    throw new InvalidOperationException(
                        $"The emulator ({start.FileName} {start.Arguments}) did not start within {s_startTimeout.TotalSeconds} s: {errors}{output}");
                }
            }
        }
        lock (output)
        {
            return new EmulatorProcess(process, new Uri("http://127.0.0.1:" + port + "/"), keyId, secret, output.ToString());
        }
    }

    public void Dispose()
    {
        Control.Dispose();
        Stop(_process);
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
                process.WaitForExit(10000);
            }
        }
        catch (InvalidOperationException)
        {
            // it exited between the check and the kill
        }
        process.Dispose();
    }

    /// <summary>'dotnet test' tells its child processes which dotnet runs it; elsewhere the one on PATH.</summary>
    private static string DotnetHost()
    {
        string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return string.IsNullOrEmpty(host) ? "dotnet" : host!;
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string RandomSecret()
    {
        var bytes = new byte[48];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static string Quote(string argument)
    {
        return argument.IndexOf(' ') >= 0 ? "\"" + argument + "\"" : argument;
    }
}
