using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Maps.Api.Tests.Hosting;

/// <summary>
/// The app as its own process on Kestrel and real sockets, as npm start runs it (the built Maps.Api.dll), with a
/// fresh SQLite file: for what an in-memory test server cannot show (Kestrel's limits, a process that must keep
/// answering). Disposing stops exactly that process and removes its file.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string directory;

    public Uri Url { get; }

    private AppProcess(Process process, string directory, Uri url) => (this.process, this.directory, Url) = (process, directory, url);

    public bool HasExited => process.HasExited;

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("atlas-process-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [BackendDll()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(BackendDll())!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["ConnectionStrings__Atlas"] = $"Data Source={Path.Combine(directory, "atlas.db")}";
        start.Environment["Atlas__WarmUp"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("is running at") == true) listening.TrySetResult(); };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, directory, new Uri($"http://127.0.0.1:{port}"));
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(2))) != listening.Task)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException("The app did not start listening (see its log).");
        }
        return app;
    }

    public HttpClient CreateClient() => new() { BaseAddress = Url };

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>backend/bin/{Configuration}/net10.0/Maps.Api.dll: the test project's build of it, through the project reference.</summary>
    private static string BackendDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // …/bin/{Configuration}/net10.0/
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Maps.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Maps.sln not found above the test binaries.");
        return Path.Combine(root.FullName, "backend", "bin", configuration, "net10.0", "Maps.Api.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
