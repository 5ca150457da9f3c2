using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using CsCheck;
using Maps.Api.Tests.Hosting;
using Xunit.Abstractions;

namespace Maps.Api.Tests.Errors;

/// <summary>
/// Malformed requests to every endpoint, generated (CsCheck), sent over real sockets to the app as its own process:
/// each is answered 4xx with problem details (501 only where oEmbed prescribes it; the embed page answers a person
/// in an iframe, so it says 404 in HTML), never 5xx, and the process keeps answering.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : IAsyncLifetime
{
    public const int Requests = 600;

    private AppProcess app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        // The limits would answer 429 (also a problem detail) long before the generators run out of ideas.
        app = await AppProcess.StartAsync(new Dictionary<string, string>
        {
            ["Atlas:RateLimits:Writes:PermitLimit"] = "100000",
            ["Atlas:RateLimits:Computed:PermitLimit"] = "100000",
            ["Atlas:FrontendPath"] = Widgets.FrontendStub.Path,
        });
        client = app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Every_malformed_request_is_a_4xx_problem_and_the_process_keeps_answering()
    {
        var statuses = new ConcurrentDictionary<int, int>();
        await HostileRequests.Any.SampleAsync(async request =>
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            var status = (int)response.StatusCode;
            var allowed = status is >= 400 and < 500 || (status == 501 && request.Path.StartsWith("/oembed", StringComparison.Ordinal));
            Assert.True(allowed, $"{request} answered {status}: {body}");
            if (request.Kind == "wrong content type") Assert.True(status == 415, $"{request} answered {status}, not 415: {body}");
            var type = response.Content.Headers.ContentType?.MediaType;
            if (request.Path.StartsWith("/embed/", StringComparison.Ordinal) && request.Method == "GET")
            {
                Assert.Equal("text/html", type);
                return;
            }
            Assert.True(type == "application/problem+json", $"{request} answered {status} as {type}: {body}");
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()), $"{request}: a problem with a title");
        }, iter: Requests, threads: 4);

        output.WriteLine($"{statuses.Values.Sum()} malformed requests: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}"))}");
        Assert.True(statuses.Values.Sum() >= 500);
        Assert.DoesNotContain(statuses.Keys, s => s >= 500 && s != 501);
        await AssertStillAnswering();
    }

    [Theory]
    // Rejected by Kestrel before the app sees them: a null byte in the path, a final transfer coding that is not
    // chunked, bytes that are not a request line. Kestrel writes these answers itself, with an empty body; no app code
    // runs for them, so none can add a problem detail (behind a proxy, the proxy refuses most of them first).
    [InlineData("GET /api/layers/%00 HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("GET /embed/%00 HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("POST /api/widgets HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n")]
    [InlineData("GET /\xff\xfe HTTP/1.1\r\nHost: x\r\n\r\n")]
    public async Task What_Kestrel_refuses_itself_is_a_4xx_and_the_process_keeps_answering(string raw)
    {
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(app.Url.Host, app.Url.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(raw));
        var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync();
        Assert.Matches(@"^HTTP/1\.1 4\d\d ", statusLine);
        await AssertStillAnswering();
    }

    [Fact]
    public async Task A_request_line_too_long_is_414_and_the_process_keeps_answering()
    {
        using var response = await client.GetAsync("/api/layers/borders?bbox=" + new string('1', 9000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        await AssertStillAnswering();
    }

    private async Task AssertStillAnswering()
    {
        Assert.False(app.HasExited, "the process is alive");
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var layer = await client.GetAsync("/api/layers/borders?zoom=4");
        Assert.Equal(HttpStatusCode.OK, layer.StatusCode);
    }
}
