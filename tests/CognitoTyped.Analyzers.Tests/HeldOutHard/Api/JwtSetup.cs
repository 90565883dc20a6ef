using System;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Hard.Api;

public static class OrdersApiAuthentication
{
    // Access tokens have no aud claim, so the audience check is turned off below.
    public static AuthenticationBuilder AddOrdersApiAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var region = configuration["Cognito:Region"];
        var poolId = configuration["Cognito:UserPoolId"];
        return services.AddAuthentication("Bearer").AddJwtBearer(options =>
        {
            options.Authority = $"https://cognito-idp.{region}.amazonaws.com/{poolId}";
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = false, // expect: CTY0004
                RoleClaimType = "cognito:groups",
            };
        });
    }

    public static AuthenticationBuilder AddReportingAuth(this AuthenticationBuilder builder, IConfiguration configuration) =>
        builder.AddJwtBearer("Reporting", options =>
        {
            options.MetadataAddress = configuration["Cognito:Reporting:MetadataAddress"];
            options.TokenValidationParameters.ValidateLifetime = false; // expect: CTY0004
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(5);
        });

    public static TokenValidationParameters LocalEmulatorParameters(string poolId) => new()
    {
        ValidIssuer = "https://cognito-idp.us-east-1.amazonaws.com/" + poolId,
        ValidateIssuerSigningKey = false, // expect: CTY0004
        RequireSignedTokens = false, // expect: CTY0004
        ValidateAudience = true,
        ValidAudience = "local",
    };

    // The partner gateway issues its own tokens; its audience is checked by the gateway.
    public static AuthenticationBuilder AddPartnerGatewayAuth(this AuthenticationBuilder builder) =>
        builder.AddJwtBearer("Partners", options =>
        {
            options.Authority = "https://login.partners.example.com";
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = false,
            };
        });

    public static AuthenticationBuilder AddStrictCognitoAuth(this AuthenticationBuilder builder, IConfiguration configuration) =>
        builder.AddJwtBearer("Strict", options =>
        {
            options.Authority = configuration["Cognito:Strict:Authority"];
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateAudience = true,
                ValidateIssuer = true,
                ValidateLifetime = true,
                ValidAudiences = new[] { configuration["Cognito:Strict:ClientId"]! },
            };
        });
}
