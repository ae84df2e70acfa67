using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace Smooch.Emulator.Tests;

/// <summary>The real CLI (Program.cs) as a child process: banner, request log, exit codes.</summary>
public sealed class CliProcessTests
{
    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Smooch.Emulator.dll"));
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (string name in new[] { "SMOOCH_EMULATOR_URLS", "SMOOCH_EMULATOR_ACCOUNT_KEY", "SMOOCH_EMULATOR_APPS", "SMOOCH_EMULATOR_ORGANIZATIONS", "SMOOCH_EMULATOR_STATE_FILE" })
        {
            info.Environment.Remove(name);
        }

        return Process.Start(info)!;
    }

    private static async Task<string> ReadUntil(StreamReader reader, string marker, StringBuilder seen)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return line;
            }
        }
        throw new InvalidOperationException("stream ended before: " + marker + "\n" + seen);
    }

    [Fact]
    public async Task Cli_prints_the_banner_serves_requests_and_logs_one_line_each()
    {
        using Process process = Start("--urls", "http://127.0.0.1:0", "--account-key", "act_0123456789abcdef01234567:cli-secret", "--organization", "org1:acme");
        try
        {
            var banner = new StringBuilder();
            await ReadUntil(process.StandardOutput, "Press Ctrl+C", banner);
            string text = banner.ToString();
            Match address = Regex.Match(text, @"listening on (http://127\.0\.0\.1:\d+/)");
            Assert.True(address.Success, text);
            Assert.Contains("loopback", text);
            Assert.Contains("act_0123456789abcdef01234567", text);
            Assert.DoesNotContain("cli-secret", text);                 // given, so not printed
            Assert.Matches(@"client secret \(generated, shown once\): [A-Za-z0-9]{64}", text);

            using var client = new HttpClient { BaseAddress = new Uri(address.Groups[1].Value) };
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes("act_0123456789abcdef01234567:cli-secret")));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("v1.1/serviceaccounts?limit=2")).StatusCode);
            string logLine = await ReadUntil(process.StandardOutput, "/v1.1/serviceaccounts", new StringBuilder());
            Assert.Matches(@"^GET /v1\.1/serviceaccounts 200 \d+\.\dms$", logLine);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Corrupt_state_file_exits_with_1_and_says_why()
    {
        string file = Path.Combine(Path.GetTempPath(), "smooch-cli-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, "{ nope");
        try
        {
            using Process process = Start("--urls", "http://127.0.0.1:0", "--state-file", file);
            string error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(1, process.ExitCode);
            Assert.Contains("corrupt", error);
            Assert.Equal("{ nope", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Unknown_flag_exits_with_2()
    {
        using Process process = Start("--frobnicate", "1");
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("--frobnicate", error);
    }
}
