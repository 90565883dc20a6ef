using System;
using System.IO;
using Microsoft.CodeAnalysis;

namespace CognitoTyped.Analyzers;

/// <summary>
/// Whether a compilation can involve an API at all, decided at compilation start without loading any reference's
/// metadata: by the file names of its references (or the assembly names of project references) and by the type names
/// its own source declares. An analyzer that finds nothing registers no callback, so a compilation that cannot trigger
/// it pays nothing per operation.
/// </summary>
internal static class ReferenceProbe
{
    public static bool MayDeclare(Compilation compilation, string[] assemblyNames, string[] sourceTypeNames)
    {
        foreach (var reference in compilation.References)
        {
            var name = reference is CompilationReference project
                ? project.Compilation.AssemblyName
                : Path.GetFileNameWithoutExtension(reference.Display ?? string.Empty);
            foreach (var assemblyName in assemblyNames)
            {
                if (string.Equals(name, assemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        foreach (var typeName in sourceTypeNames)
        {
            if (compilation.ContainsSymbolsWithName(typeName, SymbolFilter.Type))
            {
                return true;
            }
        }

        return false;
    }
}
