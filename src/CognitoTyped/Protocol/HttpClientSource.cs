namespace CognitoTyped.Protocol;

/// <summary>
/// Where a client gets the <see cref="HttpClient"/> of each request: the caller's own, one from
/// <see cref="IHttpClientFactory"/> per request (so the factory can rotate its handlers), or one the client creates and owns.
/// </summary>
internal sealed class HttpClientSource : IDisposable
{
    private readonly HttpClient? _client;
    private readonly IHttpClientFactory? _factory;
    private readonly string _name;
    private readonly bool _owned;

    private HttpClientSource(HttpClient? client, IHttpClientFactory? factory, string name, bool owned)
    {
        _client = client;
        _factory = factory;
        _name = name;
        _owned = owned;
    }

    /// <summary>Whether this source created its client (and disposes it).</summary>
    internal bool Owned => _owned;

    /// <summary>The caller's client wins; then the factory's named client; else a new one this source owns.</summary>
    internal static HttpClientSource For(HttpClient? client, IHttpClientFactory? factory, string name)
    {
        if (client is not null)
        {
            return new HttpClientSource(client, null, name, owned: false);
        }

        return factory is not null
            ? new HttpClientSource(null, factory, name, owned: false)
            : new HttpClientSource(CreateDefault(OperatingSystem.IsBrowser()), null, name, owned: true);
    }

    /// <summary>The client for one request; not to be disposed by the caller.</summary>
    internal HttpClient Get() => _client ?? _factory!.CreateClient(_name);

    /// <summary>
    /// The client made when nobody gives one. <see cref="SocketsHttpHandler"/> with a bounded connection lifetime (so DNS
    /// changes are seen) where it exists; in the browser (Blazor WebAssembly), where it throws
    /// <see cref="PlatformNotSupportedException"/>, the platform's default handler, which sends with the browser's fetch.
    /// </summary>
    internal static HttpClient CreateDefault(bool browser)
    {
        HttpMessageHandler handler = browser
            ? new HttpClientHandler()
            : new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The handler <see cref="CreateDefault"/> would use, for tests of the choice.</summary>
    internal static Type DefaultHandlerType(bool browser) => browser ? typeof(HttpClientHandler) : typeof(SocketsHttpHandler);

    public void Dispose()
    {
        if (_owned)
        {
            _client!.Dispose();
        }
    }
}
