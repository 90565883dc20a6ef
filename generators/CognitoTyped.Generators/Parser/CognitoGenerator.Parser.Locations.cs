using System;
using System.Collections.Generic;
using CognitoTyped.Generators.Json;
using CognitoTyped.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Generators;

public sealed partial class CognitoGenerator
{
    internal sealed partial class Parser
    {
        // Offsets in cognito.json -> the line and column a diagnostic points at.
        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, JsonNode node, params string[] arguments)
            => Report(descriptor, node.Start, node.Length, arguments);

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int start, int length, params string[] arguments)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, Location(start, length), arguments));

        private LocationInfo Location(int start, int length)
        {
            start = Math.Max(0, Math.Min(start, _text.Length));
            length = Math.Max(0, Math.Min(length, _text.Length - start));
            return new LocationInfo(_path, new TextSpan(start, length), new LinePositionSpan(Position(start), Position(start + length)));
        }

        private LinePosition Position(int offset)
        {
            _lineStarts ??= ComputeLineStarts(_text);
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new LinePosition(line, offset - _lineStarts[line]);
        }

        /// <summary>Line starts by the same rules as <see cref="SourceText"/>: CR, LF, CRLF, NEL, LS and PS end a line.</summary>
        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                }
                else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }
    }
}
