using CognitoTyped.Generators.Model;
using CognitoTyped.IdentityProvider;

namespace CognitoTyped.Tool.Commands;

/// <summary>Which deployed pool each pool of cognito.json is: given as <c>--user-pool-id Name=ID</c>, else found by its PoolName.</summary>
internal static class PoolTargets
{
    /// <summary>The pool IDs given for the pools of cognito.json, by pool name; a bare ID is allowed when the file has one pool.</summary>
    public static Dictionary<string, string> Given(ParsedArguments arguments, string option, CognitoFileModel model)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, id) in arguments.NamedIds(option))
        {
            var poolName = name ?? (model.Pools.Count == 1 ? model.Pools[0].Name : throw new ToolException($"{option} '{id}': cognito.json has {model.Pools.Count} pools; say which one as Name={id}"));
            if (!model.Pools.Any(pool => pool.Name == poolName))
            {
                throw new ToolException($"{option} {poolName}={id}: cognito.json has no user pool named '{poolName}' (it has {string.Join(", ", model.Pools.Select(p => p.Name))})");
            }

            result[poolName] = id;
        }

        return result;
    }

    /// <summary>The ID of the deployed pool named <paramref name="poolName"/>, or null when there is none; two of that name is an error.</summary>
    public static async Task<string?> FindByNameAsync(CognitoIdentityProviderClient idp, string poolName, string option, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        await foreach (var pool in idp.ListUserPoolsPaginateAsync(new ListUserPoolsRequest { MaxResults = 60 }, cancellationToken).ConfigureAwait(false))
        {
            if (pool.Name == poolName && pool.Id is not null)
            {
                found.Add(pool.Id);
            }
        }

        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => throw new ToolException($"{found.Count} user pools are named '{poolName}' ({string.Join(", ", found)}); say which one with {option} Name=ID"),
        };
    }
}
