using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CognitoTyped.Analyzers;

/// <summary>
/// A file's text, copied out a chunk at a time into one buffer. Every scan of file text goes through here: a large
/// file's <see cref="SourceText"/> finds the chunk of every single character it is asked for, which made a
/// character-by-character scan cost more than all the rest of the analysis. One buffer per scan, none per chunk.
/// </summary>
/// <example>
/// <code>
/// var chunks = SourceTextChunks.Of(tree, overlap: 0, cancellationToken);
/// while (chunks.MoveNext()) { var text = chunks.Current; /* text[i] is at chunks.Start + i in the file */ }
/// </code>
/// </example>
internal struct SourceTextChunks
{
    /// <summary>How many new characters each chunk brings.</summary>
    private const int ChunkLength = 4096;

    private readonly SourceText _text;
    private readonly char[] _buffer;
    private readonly int _overlap;
    private readonly int _spanStart;
    private readonly int _limit;
    private int _end;

    /// <param name="text">The text to scan.</param>
    /// <param name="overlap">
    /// How many characters of the previous chunk each chunk repeats at its start, so that a search for a string of
    /// <c>overlap + 1</c> characters also finds it where it crosses a chunk boundary.
    /// </param>
    public SourceTextChunks(SourceText text, int overlap)
        : this(text, new TextSpan(0, text.Length), overlap)
    {
    }

    /// <param name="text">The text to scan.</param>
    /// <param name="span">The part of <paramref name="text"/> to scan.</param>
    /// <param name="overlap">As in <see cref="SourceTextChunks(SourceText, int)"/>.</param>
    public SourceTextChunks(SourceText text, TextSpan span, int overlap)
    {
        _text = text;
        _overlap = Math.Max(0, overlap);
        _spanStart = span.Start;
        _limit = Math.Min(span.End, text.Length);
        _buffer = new char[Math.Max(0, Math.Min(_limit - span.Start, ChunkLength + _overlap))];
        _end = span.Start;
        Start = span.Start;
        Length = 0;
    }

    /// <summary>Where <see cref="Current"/> starts in the file.</summary>
    public int Start { get; private set; }

    /// <summary>How many characters <see cref="Current"/> holds.</summary>
    public int Length { get; private set; }

    /// <summary>The characters of the current chunk; valid until the next <see cref="MoveNext"/>.</summary>
    public readonly ReadOnlySpan<char> Current => _buffer.AsSpan(0, Length);

    /// <summary>The chunks of the text of <paramref name="tree"/>, read from the tree when it already holds its text.</summary>
    public static SourceTextChunks Of(SyntaxTree tree, int overlap, CancellationToken cancellationToken)
    {
        if (!tree.TryGetText(out var text))
        {
            text = tree.GetText(cancellationToken);
        }

        return new SourceTextChunks(text, overlap);
    }

    /// <summary>Whether <paramref name="tree"/>'s text contains <paramref name="value"/> (ordinal).</summary>
    public static bool Contains(SyntaxTree tree, string value, CancellationToken cancellationToken)
    {
        var chunks = Of(tree, overlap: value.Length - 1, cancellationToken);
        while (chunks.MoveNext())
        {
            if (chunks.Current.IndexOf(value.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Copies the next chunk into the buffer; false at the end of the text.</summary>
    public bool MoveNext()
    {
        if (_end >= _limit)
        {
            return false;
        }

        Start = Math.Max(_spanStart, _end - _overlap);
        Length = Math.Min(_buffer.Length, _limit - Start);
        _text.CopyTo(Start, _buffer, 0, Length);
        _end = Start + Length;
        return true;
    }
}
