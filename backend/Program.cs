using Maps.Api.Errors;
using Maps.Api.Geo;
using Maps.Api.Hosting;
using Maps.Api.Layers;
using Maps.Api.Ogc;
using Maps.Api.OpenData;
using Maps.Api.Routes;
using Maps.Api.Storage;
using Maps.Api.Timeline;
using Maps.Api.Trade;
using Maps.Api.Widgets;

var builder = WebApplication.CreateBuilder(args);

// Where to listen: PORT, default 5080; no Server header.
builder.UsePortFromEnvironment();
builder.HideServerHeader();

// Observability: a JSON log line per request; OpenTelemetry over OTLP where OTEL_EXPORTER_OTLP_ENDPOINT is set.
builder.AddAtlasTelemetry();

// Storage: ConnectionStrings:Atlas picks the store; unset, the embedded SQLite file.
builder.Services.AddAtlasStore(builder.Configuration, builder.Environment);

// GeoJSON in and out of minimal APIs.
builder.Services.AddGeoJson();

// Errors: RFC 9457 problem details, mapped in one place.
builder.Services.AddAtlasProblemDetails();

// Behind a reverse proxy: the client's address and scheme from trusted proxies; AllowedHosts names the hosts answered.
builder.Services.AddReverseProxySupport(builder.Configuration);
builder.RequireNamedHosts();

// Limits: per-client rate limits on writes and computed answers (429 with Retry-After); computations share the cores
// and a time limit (503 with Retry-After).
builder.Services.AddAtlasRateLimits(builder.Configuration);

// Compression for what is not precompressed (pages, scripts, one-off answers), at levels the benchmark chose.
builder.Services.AddDynamicCompression();

// The page: Vite dev server in Development, frontend/dist otherwise (its files are compressed first in the warm-up).
builder.Services.AddFrontend(builder.Configuration, builder.Environment);

// Features, each with the documents it seeds from geodata/, what it keeps from the stored data and its warm-up steps
// (run after start, in this order).
builder.Services.AddLayers();
builder.Services.AddTrade();
builder.Services.AddRoutes();
builder.Services.AddTimeline();
builder.Services.AddOgc();
builder.Services.AddWidgets();

// Answers that depend only on the request and the data: built, serialized and compressed once. Registered after the
// features, because it is cleared after them when the stored data changes (it is built from what they hold).
builder.Services.AddStoredDataCache<CachedAnswers>();

// The framework's output cache, bounded in bytes, for the answers a feature marks (OGC items pages); emptied when the
// stored data changes.
builder.Services.AddAtlasOutputCache();

// Open data: the OpenAPI document and its reference page; read-only answers open to any origin (CORS).
builder.Services.AddOpenData();

// Warm-up after start, and again when the stored data changes: every feature's registered steps.
builder.Services.AddSingleton<Warmup>().AddHostedService(s => s.GetRequiredService<Warmup>());

var app = builder.Build();
// Made now, so that an impossible Atlas:Limits value (a negative queue) stops the start, not every computation.
app.Services.GetRequiredService<ComputeSlots>();

await app.PrepareAtlasStoreAsync();
// Rolling deploys: caches follow the stored data version, and every answer names it (X-Atlas-Data-Version).
app.FollowStoredDataVersion();

app.UseForwardedHeaders();
app.UseHttpLogging();
app.UseSecurityHeaders();
app.UseAtlasProblemDetails();
app.UseRouting();
// CORS before the output cache, so that a cached answer gets the headers of the request it is served to.
app.UseCors();
// The output cache outside compression: what it keeps is already compressed, and served as it was.
app.UseOutputCache();
// Layer payloads arrive precompressed; the middleware would only wrap their bodies for nothing.
app.UseWhen(
    c => !c.Request.Path.StartsWithSegments("/api/layers") && !c.Request.Path.StartsWithSegments("/api/basemap"),
    branch => branch.UseResponseCompression());
app.UseRateLimiter();
app.UseRequestTimeouts();

app.MapHealth();
app.MapLayers();
app.MapTrade();
app.MapRoutes();
app.MapTimeline();
app.MapWidgets();
app.MapEmbedPages();
app.MapOEmbed();
app.MapOgc();
app.MapOpenData();
// Unknown API paths are 404 problem details, never the page.
app.MapApiFallback();

// The API answers first; whatever it does not match is the page.
app.UseEndpoints(_ => { });
app.UseFrontend();

app.AnnounceUrls();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
