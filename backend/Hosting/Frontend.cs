using Microsoft.AspNetCore.SpaServices;
using Microsoft.AspNetCore.StaticFiles;

namespace Maps.Api.Hosting;

/// <summary>
/// The page. In Development requests the API does not answer go to the Vite dev server (hot reload);
/// otherwise the built frontend (frontend/dist) is served from the same origin as the API.
/// </summary>
public static class Frontend
{
    public static IServiceCollection AddFrontend(
        this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddSpaStaticFiles(o => o.RootPath = DistPath(config, env));
        services.AddSingleton<FrontendFiles>();
        if (!env.IsDevelopment()) services.AddWarmupStep<FrontendWarmup>();
        return services;
    }

    public static string DistPath(IConfiguration config, IHostEnvironment env) =>
        Path.GetFullPath(config["Atlas:FrontendPath"] ?? Path.Combine(env.ContentRootPath, "..", "frontend", "dist"));

    public static void UseFrontend(this WebApplication app)
    {
        // Built files from memory, precompressed; the Vite dev server serves them itself in Development.
        if (!app.Environment.IsDevelopment()) FrontendFiles.UseFrontendFiles(app);
        app.UseSpaStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            // Vite puts a content hash in every asset name under /assets, so those never change.
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl =
                c.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache",
        });
        // A built file that is not there is a 404, never the page: a page served as a script (a reader whose cached
        // page names the previous build's assets, mid-deploy) fails in the browser with a MIME error nobody explains.
        if (!app.Environment.IsDevelopment())
            app.Use((context, next) => context.Request.Path.StartsWithSegments("/assets")
                ? Errors.Problems.NotFound("Not found", "There is no such file in this build of the page.")
                    .ExecuteAsync(context)
                : next(context));
        app.UseSpa(spa =>
        {
            spa.Options.SourcePath = Path.Combine(app.Environment.ContentRootPath, "..", "frontend");
            spa.Options.DefaultPageStaticFileOptions = new StaticFileOptions
            {
                OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
            };
            if (app.Environment.IsDevelopment())
                spa.UseProxyToSpaDevelopmentServer(app.Configuration["Atlas:ViteDevServer"] ?? "http://localhost:5173");
        });
    }
}

/// <summary>The page's files, compressed once (Brotli at its smallest takes a moment for the script).</summary>
internal sealed class FrontendWarmup(FrontendFiles files) : IWarmupStep
{
    public WarmupStage Stage => WarmupStage.FirstView;

    public Task RunAsync(CancellationToken ct) => Task.Run(files.Load, ct);
}
