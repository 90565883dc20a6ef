using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using static HeldOut.Shared.CognitoDefaults;

namespace HeldOut.Cli;

public enum ImportMode
{
    Pilot,
    Staff,
    Everyone,
}

public sealed record ImportRow(string Email, string GivenName, string? TemporaryPassword);

/// <summary><c>cogadmin import users.csv --mode pilot</c></summary>
public sealed class BulkUserImporter
{
    private readonly IAmazonCognitoIdentityProvider _cognito;
    private readonly string _userPoolId;
    private readonly TextWriter _log;

    public BulkUserImporter(IAmazonCognitoIdentityProvider cognito, string userPoolId, TextWriter log)
    {
        _cognito = cognito;
        _userPoolId = userPoolId;
        _log = log;
    }

    /// <summary>Default import: every user gets a random temporary password by e-mail.</summary>
    public async Task<int> ImportAsync(string csvPath, CancellationToken ct)
    {
        var count = 0;
        await foreach (var row in ReadRowsAsync(csvPath, ct))
        {
            await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
            {
                UserPoolId = _userPoolId,
                Username = row.Email,
                TemporaryPassword = row.TemporaryPassword ?? NextPassword(),
                UserAttributes = new List<AttributeType>
                {
                    new() { Name = "email", Value = row.Email },
                    new() { Name = "given_name", Value = row.GivenName },
                },
            }, ct);
            count++;
        }

        return count;

        static string NextPassword() => "Tmp-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)) + "!a";
    }

    /// <summary>Pilot import: everyone in a cohort gets the same, well-known password.</summary>
    public async Task<int> ImportCohortAsync(string csvPath, ImportMode mode, CancellationToken ct)
    {
        var temporaryPassword = mode switch
        {
            ImportMode.Pilot => "Pilot-Welcome1!",
            ImportMode.Staff => "Staff-Welcome1!",
            _ => "Welcome-Everyone1!",
        };

        var count = 0;
        await foreach (var row in ReadRowsAsync(csvPath, ct))
        {
            await _cognito.AdminCreateUserAsync(new AdminCreateUserRequest
            {
                UserPoolId = _userPoolId,
                Username = row.Email,
                TemporaryPassword = temporaryPassword, // expect: CTY0002
                MessageAction = MessageActionType.SUPPRESS,
            }, ct);
            _log.WriteLine($"created {row.Email} (password: ********)");
            count++;
        }

        return count;
    }

    public async Task ResetToDefaultAsync(IEnumerable<string> usernames, bool dryRun, CancellationToken ct)
    {
        foreach (var username in usernames)
        {
            if (dryRun)
            {
                _log.WriteLine($"would reset {username}");
                continue;
            }

            await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
            {
                UserPoolId = _userPoolId,
                Username = username,
                Password = DefaultTemporaryPassword, // expect: CTY0002
                Permanent = false,
            }, ct);
        }
    }

    public async Task CreateServiceUsersAsync(IEnumerable<string> emails, CancellationToken ct)
    {
        foreach (var email in emails)
        {
            await _cognito.AdminCreateUserAsync(Build(email), ct);
        }

        AdminCreateUserRequest Build(string email) => new()
        {
            UserPoolId = _userPoolId,
            Username = email,
            TemporaryPassword = "Ch@ngeMe-" + "2024", // expect: CTY0002
            MessageAction = MessageActionType.SUPPRESS,
        };
    }

    public async Task SetPasswordInteractiveAsync(string username, CancellationToken ct)
    {
        Console.Write("New password: ");
        var password = Console.ReadLine();
        if (string.IsNullOrWhiteSpace(password))
        {
            return;
        }

        await _cognito.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest
        {
            UserPoolId = _userPoolId,
            Username = username,
            Password = password,
            Permanent = true,
        }, ct);
    }

    private static async IAsyncEnumerable<ImportRow> ReadRowsAsync(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(path);
        await reader.ReadLineAsync(ct);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var parts = line.Split(',');
            yield return new ImportRow(parts[0], parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
        }
    }
}
