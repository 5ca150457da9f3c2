using Microsoft.AspNetCore.HttpLogging;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Maps.Api.Hosting;

/// <summary>
/// What a deployer reads: one log line per request (method, path, status, duration; the request and trace ids come
/// with it as scopes), as JSON outside Development (Logging:Console:FormatterName says otherwise); and, where
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, traces and metrics of ASP.NET Core, outgoing HTTP and Npgsql over OTLP. Without
/// that endpoint nothing is collected or sent.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "corridor-atlas";

    public static void AddAtlasTelemetry(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() && builder.Configuration["Logging:Console:FormatterName"] is null)
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        builder.Services.AddHttpLogging(o =>
        {
            // The query is left out: it may carry what a reader typed (a widget's title), and the path says enough.
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });

        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddNpgsql()
                .AddOtlpExporter())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation().AddMeter("Npgsql").AddOtlpExporter());
    }
}
