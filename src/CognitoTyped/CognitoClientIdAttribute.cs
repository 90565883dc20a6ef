namespace CognitoTyped;

/// <summary>
/// Marks a parameter or property that receives a Cognito app client ID.
/// The CognitoTyped analyzer reports CTY0001 when a hard-coded value reaches it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class CognitoClientIdAttribute : Attribute
{
}
