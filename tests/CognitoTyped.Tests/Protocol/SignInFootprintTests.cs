using System.Reflection;
using System.Reflection.Emit;
using CognitoTyped.IdentityProvider;
using CognitoTyped.Protocol;

namespace CognitoTyped.Tests.Protocol;

/// <summary>
/// An app that only signs users in must not carry SigV4 and AWS's credential chain (about 2 MB of a Native AOT binary): Native
/// AOT and the trimmer keep what the code a sign-in runs names, so that code must name neither. These tests read the IL of the
/// transport, the challenge responder and the unsigned operations for the members they name; the binary itself is measured by
/// tests/CognitoTyped.AotProbe/measure-aot.sh (docs/performance.md).
/// </summary>
public sealed class SignInFootprintTests
{
    [Fact]
    public void Transport_names_no_signer_and_no_AWS_SDK_member()
    {
        var named = MembersNamedWithin(typeof(AwsJsonTransport));

        Assert.DoesNotContain(named, IsSigningOrAwsSdk);
        Assert.Contains(named, member => member.DeclaringType == typeof(RequestSigning) && member.Name == "SignAsync");
    }

    [Theory]
    [InlineData("InitiateAuthAsync")]
    [InlineData("RespondToAuthChallengeAsync")]
    [InlineData("GetTokensFromRefreshTokenAsync")]
    [InlineData("ConfirmDeviceAsync")]
    public void Unsigned_operation_names_no_signer(string operation)
    {
        var named = MembersNamedBy(typeof(CognitoIdentityProviderClient).GetMethod(operation)!);

        Assert.DoesNotContain(named, IsSigningOrAwsSdk);
    }

    [Fact]
    public void Signed_operation_names_the_SigV4_signer()
    {
        var named = MembersNamedBy(typeof(CognitoIdentityProviderClient).GetMethod("AdminGetUserAsync")!);

        Assert.Contains(named, member => member.DeclaringType == typeof(SigV4Signing) && member.Name == nameof(SigV4Signing.Instance));
    }

    [Fact]
    public void Only_the_admin_channel_and_the_admin_entry_point_name_the_admin_answer()
    {
        var admin = typeof(ChallengeResponder).GetNestedType("AdminAnswerChannel", BindingFlags.NonPublic)!;
        var adminEntry = typeof(ChallengeResponder).GetMethod(
            "ContinueAsync", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(AdminInitiateAuthResponse), typeof(string), typeof(CognitoDevice), typeof(CancellationToken)])!;
        var everywhereElse = MembersNamedWithin(typeof(ChallengeResponder), except: [admin], exceptMethod: adminEntry);

        Assert.DoesNotContain(everywhereElse, member => member.DeclaringType == admin || member.Name == "AdminRespondToAuthChallengeAsync");
        Assert.DoesNotContain(everywhereElse, IsSigningOrAwsSdk);
        Assert.Contains(MembersNamedBy(adminEntry), member => member.DeclaringType == admin);
        Assert.Contains(MembersNamedWithin(admin), member => member.Name == "AdminRespondToAuthChallengeAsync");
    }

    [Fact]
    public void SigV4_signer_resolves_credentials_through_AWS_SDK()
    {
        // The reader's own check: the one place that should name AWS's credential chain does.
        Assert.Contains(MembersNamedWithin(typeof(SigV4Signing)), member => member.DeclaringType?.Namespace?.StartsWith("Amazon.", StringComparison.Ordinal) == true);
    }

    private static bool IsSigningOrAwsSdk(MemberInfo member)
        => member.DeclaringType is { } type
            && (type == typeof(SigV4Signing) || type == typeof(SigV4RequestSigner) || type.Namespace?.StartsWith("Amazon", StringComparison.Ordinal) == true);

    /// <summary>
    /// What the methods of <paramref name="type"/> and its nested types (async state machines, lambdas) name, but for the types in
    /// <paramref name="except"/> and <paramref name="exceptMethod"/> (which must not be async: its state machine would stay in).
    /// </summary>
    private static List<MemberInfo> MembersNamedWithin(Type type, Type[]? except = null, MethodBase? exceptMethod = null)
    {
        const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic;
        var named = new List<MemberInfo>();
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method != exceptMethod)
            {
                named.AddRange(MembersNamedBy(method));
            }
        }

        foreach (var nested in type.GetNestedTypes(Declared))
        {
            if (except?.Contains(nested) != true)
            {
                named.AddRange(MembersNamedWithin(nested, except));
            }
        }

        return named;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>The methods, fields and types one method body's instructions name (call, newobj, ldsfld, ldtoken, …).</summary>
    private static List<MemberInfo> MembersNamedBy(MethodBase method)
    {
        var named = new List<MemberInfo>();
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return named;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[at + 1]))] : OpCodesByValue[il[at]];
            at += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                case OperandType.InlineType:
                case OperandType.InlineTok:
                    named.Add(method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    at += 8;
                    break;
                default:
                    at += 4;
                    break;
            }
        }

        return named;
    }
}
