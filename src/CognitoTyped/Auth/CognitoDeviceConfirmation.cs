namespace CognitoTyped;

/// <summary>The outcome of ConfirmDevice.</summary>
public sealed class CognitoDeviceConfirmation
{
    internal CognitoDeviceConfirmation(CognitoDevice device, bool userConfirmationNecessary)
    {
        Device = device;
        UserConfirmationNecessary = userConfirmationNecessary;
    }

    /// <summary>The confirmed device, to store and pass to later sign-ins.</summary>
    public CognitoDevice Device { get; }

    /// <summary>
    /// Whether the pool remembers devices only when the user says so (DeviceOnlyRememberedOnUserPrompt): then ask the
    /// user and call <see cref="CognitoAuthClient.UpdateDeviceStatusAsync"/>.
    /// </summary>
    public bool UserConfirmationNecessary { get; }

    /// <inheritdoc />
    public override string ToString() => $"CognitoDeviceConfirmation {{ {Device}, UserConfirmationNecessary = {UserConfirmationNecessary} }}";
}
