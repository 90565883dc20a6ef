using CognitoTyped.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds JwtBearer authentication for Amazon Cognito user pools configured under <c>Cognito:{Pool}</c>.</summary>
public static class CognitoJwtBearerExtensions
{
    /// <summary>
    /// Adds a JwtBearer scheme named after the user pool that accepts the pool's tokens: issuer (both forms Cognito documents,
    /// or <c>Cognito:{Pool}:Issuer</c>), RS256 signature from the pool's JWKS with key rotation, expiry, <c>token_use</c>,
    /// the app client (<c>client_id</c> of access tokens, <c>aud</c> of ID tokens) among the pool's configured clients, and
    /// required scopes. <c>cognito:groups</c> is the role claim; claims keep their JWT names.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="userPool">The pool's name: its configuration section <c>Cognito:{userPool}</c> and the scheme's name.</param>
    /// <param name="configure">Changes to what the configuration says, e.g. ID tokens or required scopes.</param>
    /// <returns>The builder, to add more schemes (e.g. a second pool).</returns>
    /// <remarks>
    /// Reads <c>UserPoolId</c>, <c>Region</c>, <c>Clients:*:ClientId</c>, <c>Issuer</c>, <c>JwksUri</c>, <c>ServiceUrl</c>,
    /// <c>ClockSkew</c> and <c>AllowInsecureHttp</c>; a missing or malformed value fails the host's start with an
    /// <see cref="OptionsValidationException"/> naming the key.
    /// </remarks>
    public static AuthenticationBuilder AddCognitoJwtBearer(this AuthenticationBuilder builder, string userPool, Action<CognitoJwtBearerOptions>? configure = null) =>
        builder.AddCognitoJwtBearer(userPool, userPool, configure);

    /// <summary>Adds a JwtBearer scheme with its own name that accepts a user pool's tokens (see the overload without a scheme).</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme's name.</param>
    /// <param name="userPool">The pool's name: its configuration section <c>Cognito:{userPool}</c>.</param>
    /// <param name="configure">Changes to what the configuration says; <see langword="null"/> for none.</param>
    /// <returns>The builder, to add more schemes.</returns>
    public static AuthenticationBuilder AddCognitoJwtBearer(this AuthenticationBuilder builder, string authenticationScheme, string userPool, Action<CognitoJwtBearerOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(authenticationScheme);
        ArgumentException.ThrowIfNullOrWhiteSpace(userPool);

        var services = builder.Services;
        var cognitoOptions = services.AddOptions<CognitoJwtBearerOptions>(authenticationScheme)
            .Configure<IConfiguration>((options, configuration) => CognitoJwtBearerConfiguration.Read(options, configuration, userPool));
        if (configure is not null)
        {
            cognitoOptions.Configure(configure);
        }

        cognitoOptions.ValidateOnStart();
        services.AddSingleton<IValidateOptions<CognitoJwtBearerOptions>>(new CognitoJwtBearerOptionsValidator(authenticationScheme, userPool));

        builder.AddJwtBearer(authenticationScheme, displayName: null, _ => { });
        if (!string.Equals(authenticationScheme, userPool, StringComparison.Ordinal))
        {
            // The generated {Pool}Policies authenticate with the scheme named after the pool: under another name, that name
            // forwards to this scheme, unless the app registers a scheme of its own by it.
            services.Configure<PolicySchemeOptions>(userPool, options => options.ForwardDefault ??= authenticationScheme);
            services.PostConfigure<AuthenticationOptions>(options =>
            {
                if (!options.SchemeMap.ContainsKey(userPool))
                {
                    options.AddScheme(userPool, scheme => scheme.HandlerType = typeof(PolicySchemeHandler));
                }
            });
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<JwtBearerOptions>, JwtBearerPostConfigureOptions>());
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>>(provider =>
            new ConfigureCognitoJwtBearer(authenticationScheme, userPool, provider.GetRequiredService<IOptionsMonitor<CognitoJwtBearerOptions>>()));
        return builder;
    }
}
