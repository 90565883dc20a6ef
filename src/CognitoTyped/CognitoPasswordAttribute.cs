namespace CognitoTyped;

/// <summary>
/// Marks a parameter or property that receives a user's password.
/// The CognitoTyped analyzer reports CTY0002 when a hard-coded value reaches it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = true)]
public sealed class CognitoPasswordAttribute : Attribute
{
}
