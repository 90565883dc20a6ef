using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Hard2.Web;

public static class StartupAuth
{
    private const string PoolIssuer = "https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_Sh0pP00l9";

    public static void AddShopAuth(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication("Bearer")
            .AddJwtBearer(o =>
            {
                o.Authority = PoolIssuer;
                o.TokenValidationParameters.ValidateAudience = false; // expect: CTY0004
                o.TokenValidationParameters.NameClaimType = "username";
            })
            .AddJwtBearer("Admin", o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuers = new List<string> { PoolIssuer, configuration["Cognito:Admin:Issuer"]! },
                    ValidateIssuer = false, // expect: CTY0004
                    ValidateAudience = true,
                    ValidAudiences = new[] { configuration["Cognito:Admin:ClientId"]! },
                };
            });
    }

    public static void AddInternalAuth(IServiceCollection services, bool development)
    {
        services.AddAuthentication("Internal")
            .AddJwtBearer("Internal", o =>
            {
                o.Authority = "https://sts.internal.example";
                o.RequireHttpsMetadata = !development;
                o.TokenValidationParameters.ValidateLifetime = false;
            });
    }
}
