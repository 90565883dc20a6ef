using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Generators.Model;

/// <summary>A place in cognito.json, as plain data: a <see cref="Location"/> is not value-equal and must stay out of the pipeline.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
