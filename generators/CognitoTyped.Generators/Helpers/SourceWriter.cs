using System.Text;

namespace CognitoTyped.Generators.Helpers;

/// <summary>An indenting writer for generated C#: four spaces a level, LF line ends on every OS (deterministic output).</summary>
internal sealed class SourceWriter
{
    // Generated files are tens of kilobytes; start big enough that the builder rarely regrows.
    private readonly StringBuilder _builder = new(32 * 1024);
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>
    /// A fixed block, written as a raw string literal in the emitter: each line at the current indentation (a raw literal's
    /// own indentation is already stripped by the compiler), line ends normalized to LF.
    /// </summary>
    public SourceWriter Lines(string block)
    {
        foreach (var line in block.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line);
        }

        return this;
    }

    /// <summary>An XML doc summary, one line.</summary>
    public SourceWriter Summary(string text) => Line("/// <summary>" + text + "</summary>");

    public override string ToString() => _builder.ToString();
}
