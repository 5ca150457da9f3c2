namespace Maps.Api.Hosting;

/// <summary>
/// Embed, oEmbed and OGC links are built from the Host header, so a public instance must name the hosts it answers. The
/// default (appsettings.json) is this machine's own names, matching the default of listening on localhost only; outside
/// Development (Production, Staging, any named environment) an AllowedHosts of "*" stops the start with a message,
/// unless Atlas:AllowAnyHost says it is meant.
/// </summary>
public static class HostNames
{
    public static void RequireNamedHosts(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() || builder.Configuration.GetValue("Atlas:AllowAnyHost", false)) return;
        var hosts = (builder.Configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
            throw new InvalidOperationException(
                "AllowedHosts is '*': links in embed snippets, oEmbed and OGC answers would carry whatever Host a " +
                "client sends. Set AllowedHosts to the public host names (AllowedHosts=atlas.example.org), "
                + "or set Atlas:AllowAnyHost=true if every host is truly meant.");
    }
}
