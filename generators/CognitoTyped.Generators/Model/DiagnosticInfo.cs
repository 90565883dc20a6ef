using System.Linq;
using CognitoTyped.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Generators.Model;

/// <summary>A diagnostic as data: the descriptor's ID, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments)
        => new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location.ToLocation(), Arguments.Cast<object>().ToArray());
}

/// <summary>What a pipeline step produced plus the diagnostics it found: reported and emitted as two outputs.</summary>
internal sealed record Result<TValue>(TValue Value, EquatableArray<DiagnosticInfo> Diagnostics);
