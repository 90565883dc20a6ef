using System;

namespace HeldOut.Kiosk;

// Second half of KioskSession: the values baked into the kiosk golden image.
public sealed partial class KioskSession
{
    private const string KioskClientId = "w53efr4edt2sywb3wkh5dnsipz"; // expect: CTY0001
    private static readonly string KioskClientSecret = "3kiad9jzfx6kjwsk7kegy5mtic4udyfkozm4lncz7kywhjpmc9c"; // expect: CTY0003
    private const string KioskAccount = "kiosk-lobby-01";
    private const string KioskPassword = "L0bby!Kiosk#01";

    private static string DeviceLabel => $"kiosk-{Environment.MachineName}";
}
