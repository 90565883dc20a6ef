using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CognitoTyped.Analyzers;

/// <summary>Where diagnostics go, from an operation, semantic model or symbol callback; no allocation.</summary>
internal readonly struct ReportContext
{
    private readonly OperationAnalysisContext _operation;
    private readonly SemanticModelAnalysisContext _model;
    private readonly SymbolAnalysisContext _symbol;
    private readonly Source _source;
    private readonly List<Diagnostic>? _probe;
    private readonly AnalyzerOptions? _probeOptions;
    private readonly CancellationToken _probeCancellation;

    public ReportContext(OperationAnalysisContext operation)
    {
        _operation = operation;
        _model = default;
        _symbol = default;
        _source = Source.Operation;
        _probe = null;
        _probeOptions = null;
        _probeCancellation = default;
    }

    public ReportContext(SemanticModelAnalysisContext model)
    {
        _operation = default;
        _model = model;
        _symbol = default;
        _source = Source.Model;
        _probe = null;
        _probeOptions = null;
        _probeCancellation = default;
    }

    public ReportContext(SymbolAnalysisContext symbol)
    {
        _operation = default;
        _model = default;
        _symbol = symbol;
        _source = Source.Symbol;
        _probe = null;
        _probeOptions = null;
        _probeCancellation = default;
    }

    /// <summary>Collects what would be reported instead of reporting it: asks "does this reach a sink?" with the same code.</summary>
    public ReportContext(List<Diagnostic> probe, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _operation = default;
        _model = default;
        _symbol = default;
        _source = Source.Probe;
        _probe = probe;
        _probeOptions = options;
        _probeCancellation = cancellationToken;
    }

    private enum Source
    {
        Operation,
        Model,
        Symbol,
        Probe,
    }

    public AnalyzerOptions Options => _source switch
    {
        Source.Model => _model.Options,
        Source.Symbol => _symbol.Options,
        Source.Probe => _probeOptions!,
        _ => _operation.Options,
    };

    public CancellationToken CancellationToken => _source switch
    {
        Source.Model => _model.CancellationToken,
        Source.Symbol => _symbol.CancellationToken,
        Source.Probe => _probeCancellation,
        _ => _operation.CancellationToken,
    };

    public void Report(Diagnostic diagnostic)
    {
        switch (_source)
        {
            case Source.Model:
                _model.ReportDiagnostic(diagnostic);
                break;
            case Source.Symbol:
                _symbol.ReportDiagnostic(diagnostic);
                break;
            case Source.Probe:
                _probe!.Add(diagnostic);
                break;
            default:
                _operation.ReportDiagnostic(diagnostic);
                break;
        }
    }
}
