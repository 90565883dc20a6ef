using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.DatabaseAndCognitoStartup;

public sealed class SmtpSettings
{
    public string Host { get; set; } = "smtp.example.com";
    public string Username { get; set; } = "mailer";
    public string Password { get; set; } = "Smtp-Passw0rd!";
}

public sealed class AppSettings
{
    public string ClientId { get; set; } = string.Empty;
    public string ClientSecret { get; set; } = string.Empty;
    public string UserPoolClientId { get; set; } = "YOUR_CLIENT_ID";
    public string AppClientSecret { get; set; } = "   ";
    public string Password { get; set; } = "not-a-cognito-password";
}

// Composition root for a service that talks to PostgreSQL, SMTP and Cognito.
public static class Composition
{
    private const string Password = "Pg-Local-Passw0rd";
    private const string LocalConnectionString = "Host=localhost;Port=5432;Database=orders;Username=orders;Password=" + Password;
    private const string ApiKey = "ujzde8gxd6ncf10epf91dhodzd";
    private const string DeploymentToken = "qxi6rhxo55zbka52ztj0wyuhvauvzhmasqxezyex1rdrgdsjpr1";
    private const string ClientIdConfigKey = "Cognito:ClientId";
    private const string ClientSecretConfigKey = "Cognito:ClientSecret";

    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Orders") ?? LocalConnectionString;
        services.AddSingleton(new DbOptions(connectionString, ApiKey, DeploymentToken));

        var smtp = configuration.GetSection("Smtp").Get<SmtpSettings>() ?? new SmtpSettings();
        services.AddSingleton(smtp);

        var settings = new AppSettings
        {
            ClientId = configuration[ClientIdConfigKey] ?? string.Empty,
            ClientSecret = configuration[ClientSecretConfigKey] ?? string.Empty,
        };
        if (string.IsNullOrEmpty(settings.ClientId))
        {
            Console.WriteLine($"Warning: {ClientIdConfigKey} is not configured; see {nameof(AppSettings.ClientId)}.");
        }
        services.AddSingleton(settings);
    }
}

public sealed record DbOptions(string ConnectionString, string ApiKey, string DeploymentToken);
