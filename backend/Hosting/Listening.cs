namespace Maps.Api.Hosting;

public static class Listening
{
    public const int DefaultPort = 5080;

    /// <summary>
    /// PORT picks the port (default 5080) unless ASPNETCORE_URLS or --urls already say where to listen.
    /// </summary>
    public static void UsePortFromEnvironment(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(builder.Configuration["urls"])) return;
        var port = int.TryParse(builder.Configuration["PORT"], out var p) && p is > 0 and < 65536 ? p : DefaultPort;
        builder.WebHost.UseUrls($"http://localhost:{port}");
    }

    /// <summary>No "Server: Kestrel" on every response: it tells a client nothing it needs.</summary>
    public static void HideServerHeader(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

    /// <summary>npm start prints where the map is once the server listens.</summary>
    public static void AnnounceUrls(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls) Console.WriteLine($"Corridor Atlas is running at {url}");
        });
}
