using System.Collections.Generic;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.JwtBearerSetup;

// API validating Cognito ID tokens. The audience of an ID token is the app client ID.
public static class JwtAuthExtensions
{
    private const string Region = "us-east-1";
    private const string UserPoolId = "us-east-1_Hj7Tr5Ew3";
    private const string AppClientId = "gvq4k7bn7xj8b7tfq7xkwo886v"; // expect: CTY0001

    public static IServiceCollection AddCognitoJwt(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = $"https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}";
                options.TokenValidationParameters.ValidIssuer = $"https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}";
                options.TokenValidationParameters.ValidAudience = AppClientId;
                options.TokenValidationParameters.ValidateAudience = true;
            });
        return services;
    }

    public static IServiceCollection AddCognitoJwt(this IServiceCollection services, IConfiguration configuration)
    {
        var clientId = configuration["Cognito:AppClientId"];
        var authority = configuration["Cognito:Authority"];

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer("Configured", options =>
            {
                options.Authority = authority;
                options.Audience = clientId;
                options.TokenValidationParameters.ValidAudiences = new List<string> { clientId!, configuration["Cognito:MobileClientId"]! };
                options.TokenValidationParameters.AudienceValidator = (audience, token, parameters, audiences) => audience == clientId;
            });
        return services;
    }
}
