using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// Plays the Bot Framework token service on loopback: OpenID metadata and signing keys (with channel endorsements)
/// over HTTPS, and RS256 channel tokens minted with a test key.
/// </summary>
/// <remarks>
/// The SDK fetches the metadata with its own HttpClient and refuses plain http, so the stand-in serves HTTPS with a
/// fresh self-signed certificate for 127.0.0.1, valid for one hour, which it adds to the current user's trusted
/// roots (.NET on Linux trusts that store) and removes on dispose.
/// </remarks>
public sealed class OpenIdStandIn : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string KeyId = "standin-key-1";

    private static readonly string[] DefaultEndorsements = ["emulator", "webchat", "directline", "msteams"];

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly RSA _key = RSA.Create(2048);

    private OpenIdStandIn(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>Channel ids the signing key is endorsed for.</summary>
    public string[] Endorsements { get; set; } = DefaultEndorsements;

    public static async Task<OpenIdStandIn> StartAsync()
    {
        var certificate = CreateTrustedCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var standIn = new OpenIdStandIn(app, certificate);
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = standIn.BaseUrl + "/v1/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
            token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/keys", () =>
        {
            var parameters = standIn._key.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new
                    {
                        kty = "RSA",
                        use = "sig",
                        kid = KeyId,
                        n = Base64UrlEncoder.Encode(parameters.Modulus),
                        e = Base64UrlEncoder.Encode(parameters.Exponent),
                        endorsements = standIn.Endorsements,
                    },
                },
            });
        });
        await app.StartAsync();
        standIn.BaseUrl = app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return standIn;
    }

    /// <summary>A channel token as the Bot Framework sends it, with each claim overridable to make it wrong.</summary>
    public string MintChannelToken(string audience, string serviceUrl, TimeSpan? expiresIn = null, string issuer = Issuer, RSA? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromHours(1));
        var credentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? _key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);
        var token = new JwtSecurityToken(
            issuer: issuer,
            audience: audience,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: expires < now ? expires.AddHours(-1) : now.AddMinutes(-1),
            expires: expires,
            signingCredentials: credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        using (var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            store.Open(OpenFlags.ReadWrite);
            store.Remove(_certificate);
        }

        _certificate.Dispose();
        _key.Dispose();
    }

    private static X509Certificate2 CreateTrustedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=BackSpasmBot test OpenID stand-in", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        using var store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        return certificate;
    }
}
