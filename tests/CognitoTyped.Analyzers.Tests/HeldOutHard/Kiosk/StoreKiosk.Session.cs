using System.Collections.Generic;

namespace Hard.Kiosk;

public sealed partial class StoreKiosk
{
    private static readonly Dictionary<string, string> ManagerOverride = new()
    {
        ["USERNAME"] = "store-manager",
        ["PASSWORD"] = "St0re-Manager-0verride", // expect: CTY0002
    };

    private static readonly Dictionary<string, string> ReceiptPrinter = new()
    {
        ["USERNAME"] = "printer",
        ["PASSWORD"] = "printer-local",
    };

    private string? _session;
}
