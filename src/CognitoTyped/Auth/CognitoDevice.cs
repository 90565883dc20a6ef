namespace CognitoTyped;

/// <summary>
/// A device Cognito remembers for a user (device tracking): its key, group key and the random device password whose SRP
/// verifier was registered with ConfirmDevice. Store all three (securely: the password is a credential) and pass the
/// device to later sign-ins and refreshes. <see cref="ToString"/> never shows the password.
/// </summary>
public sealed class CognitoDevice
{
    /// <summary>Restores a device from storage.</summary>
    /// <param name="deviceKey">The device key (NewDeviceMetadata.DeviceKey).</param>
    /// <param name="deviceGroupKey">The device group key (NewDeviceMetadata.DeviceGroupKey).</param>
    /// <param name="devicePassword">The device password generated when the device was confirmed.</param>
    public CognitoDevice(string deviceKey, string deviceGroupKey, [CognitoPassword] string devicePassword)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        ArgumentException.ThrowIfNullOrEmpty(deviceGroupKey);
        ArgumentException.ThrowIfNullOrEmpty(devicePassword);
        DeviceKey = deviceKey;
        DeviceGroupKey = deviceGroupKey;
        DevicePassword = devicePassword;
    }

    /// <summary>The device key, sent as DEVICE_KEY.</summary>
    public string DeviceKey { get; }

    /// <summary>The device group key (it takes the place of the pool name in device SRP).</summary>
    public string DeviceGroupKey { get; }

    /// <summary>The device password (a secret: store it like a credential).</summary>
    public string DevicePassword { get; }

    /// <inheritdoc />
    public override string ToString() => $"CognitoDevice {{ DeviceKey = {DeviceKey}, DevicePassword = *** }}";
}
