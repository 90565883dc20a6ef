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

    public ReportContext(OperationAnalysisContext operation)
    {
        _operation = operation;
        _model = default;
        _symbol = default;
        _source = Source.Operation;
    }

    public ReportContext(SemanticModelAnalysisContext model)
    {
        _operation = default;
        _model = model;
        _symbol = default;
        _source = Source.Model;
    }

    public ReportContext(SymbolAnalysisContext symbol)
    {
        _operation = default;
        _model = default;
        _symbol = symbol;
        _source = Source.Symbol;
    }

    private enum Source
    {
        Operation,
        Model,
        Symbol,
    }

    public AnalyzerOptions Options => _source switch
    {
        Source.Model => _model.Options,
        Source.Symbol => _symbol.Options,
        _ => _operation.Options,
    };

    public CancellationToken CancellationToken => _source switch
    {
        Source.Model => _model.CancellationToken,
        Source.Symbol => _symbol.CancellationToken,
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
            default:
                _operation.ReportDiagnostic(diagnostic);
                break;
        }
    }
}
