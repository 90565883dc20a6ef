using System;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.OidcHostedUiFromConfiguration;

public static class WebHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var cognito = builder.Configuration.GetSection("Authentication:Cognito");

        builder.Services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = "Cookies";
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(options =>
            {
                options.Authority = cognito["Authority"];
                options.MetadataAddress = cognito["MetadataAddress"];
                options.ClientId = cognito["ClientId"];
                options.ClientSecret = cognito["ClientSecret"];
                options.ResponseType = "code";
                options.SaveTokens = true;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
            });

        builder.Services.Configure<OpenIdConnectOptions>(o =>
        {
            o.ClientId = builder.Configuration["COGNITO_CLIENT_ID"] ?? "YOUR_CLIENT_ID";
            o.ClientSecret = Environment.GetEnvironmentVariable("COGNITO_CLIENT_SECRET");
        });

        return builder.Build();
    }
}
