using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Maps.Api.Hosting;

/// <summary>
/// Behind the reverse proxy the README recommends, the client's address (for rate limits and logs) and the scheme
/// (for embed and oEmbed addresses) come from X-Forwarded-For and X-Forwarded-Proto, believed only from trusted
/// proxies: loopback by default, more with Atlas:ForwardedHeaders:KnownProxies (addresses) and :KnownNetworks (CIDR).
/// The Host header is the proxy's to pass on (proxy_set_header Host); AllowedHosts limits which hosts are answered.
/// </summary>
public static class ReverseProxy
{
    /// <summary>
    /// One proxy in front: only the last X-Forwarded-For address, the one the proxy added, is read. Anything to its
    /// left came from the client, who can write any address there to dodge a rate limit.
    /// </summary>
    public const int DefaultForwardLimit = 1;

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection("Atlas:ForwardedHeaders");
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, section.GetValue("ForwardLimit", DefaultForwardLimit));
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }
}
