using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.CognitoIdentityProvider;
using HeldOut.Generated;
using static HeldOut.Shared.CognitoDefaults;

namespace HeldOut.Backoffice;

/// <summary>Seeds back-office staff through the generated admin client.</summary>
public static class BackofficeSeeder
{
    public static async Task SeedAsync(IAmazonCognitoIdentityProvider provider, IEnumerable<string> staff, Func<string, string> passwordFor, CancellationToken ct)
    {
        var client = new BackofficeAdminClient(provider, UserPoolId);

        foreach (var email in staff.Where(e => e.EndsWith("@acme.example", StringComparison.OrdinalIgnoreCase)))
        {
            await client.CreateUserAsync(email, passwordFor(email), ct);
        }

        // Everyone else gets the shared default and must change it at first sign-in.
        var others = staff.Where(e => !e.EndsWith("@acme.example", StringComparison.OrdinalIgnoreCase)).ToList();
        await Task.WhenAll(others.Select(email => client.CreateUserAsync(email, DefaultTemporaryPassword, ct))); // expect: CTY0002

        Func<string, Task> promote = email => client.SetPasswordAsync(email, "Pr0moted#Staff", permanent: true, ct); // expect: CTY0002
        foreach (var email in others.Take(1))
        {
            await promote(email);
        }
    }
}
