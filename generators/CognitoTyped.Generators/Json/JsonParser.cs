using System.Globalization;
using System.Text;

namespace CognitoTyped.Generators.Json;

/// <summary>The first syntax error of a JSON text: what is wrong and where.</summary>
internal sealed class JsonSyntaxError
{
    public JsonSyntaxError(string message, int start, int length)
    {
        Message = message;
        Start = start;
        Length = length;
    }

    public string Message { get; }

    public int Start { get; }

    public int Length { get; }
}

/// <summary>
/// A strict RFC 8259 parser that keeps the offset of every value and member name. It does not use System.Text.Json:
/// a generator that brings its own copy meets the host's in the IDE (roslyn#41785), and STJ's errors carry no
/// character offsets to point a diagnostic at.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>Deeper than any cognito.json needs, shallow enough that recursion can never exhaust the stack.</summary>
    internal const int MaxDepth = 64;

    private static readonly char[] s_lineBreaks = { '\n', '\r' };

    private readonly string _text;
    private int _position;
    private JsonSyntaxError? _error;

    private JsonParser(string text)
    {
        _text = text;
    }

    public static JsonNode? Parse(string text, out JsonSyntaxError? error)
    {
        var parser = new JsonParser(text);
        if (parser._text.Length > 0 && parser._text[0] == '\uFEFF')
        {
            parser._position = 1;
        }

        parser.SkipWhitespace();
        var root = parser.ParseValue(0);
        if (root is not null)
        {
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                parser.Fail("Unexpected " + Describe(text[parser._position]) + " after the end of the JSON value.", parser._position, 1);
                root = null;
            }
        }

        error = parser._error;
        return error is null ? root : null;
    }

    private JsonNode? ParseValue(int depth)
    {
        if (_position >= _text.Length)
        {
            return Fail("Unexpected end of the file: a value was expected.", _text.Length, 0);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return depth >= MaxDepth ? Fail("The JSON is nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep.", _position, 1) : ParseObject(depth + 1);
            case '[':
                return depth >= MaxDepth ? Fail("The JSON is nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep.", _position, 1) : ParseArray(depth + 1);
            case '"':
                var start = _position;
                var value = ParseString();
                return value is null ? null : new JsonScalar(JsonKind.String, start, _position - start, value, _text.Substring(start, _position - start));
            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                if (c == '\'')
                {
                    var close = _text.IndexOf('\'', _position + 1);
                    var lineEnd = _text.IndexOfAny(s_lineBreaks, _position);
                    var length = close > 0 && (lineEnd < 0 || close < lineEnd) ? close - _position + 1 : 1;
                    return Fail("JSON strings need double quotes (\"), not single quotes.", _position, length);
                }

                return Fail("Unexpected " + Describe(c) + ": a value (object, array, string, number, true, false or null) was expected.", _position, 1);
        }
    }

    private JsonNode? ParseObject(int depth)
    {
        var node = new JsonObject(_position);
        _position++;
        SkipWhitespace();
        if (Peek() == '}')
        {
            _position++;
            node.Length = _position - node.Start;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                return _position >= _text.Length
                    ? Fail("Unexpected end of the file: the object opened here is not closed.", node.Start, 1)
                    : Fail("Unexpected " + Describe(_text[_position]) + ": a member name in double quotes was expected.", _position, 1);
            }

            var nameStart = _position;
            var name = ParseString();
            if (name is null)
            {
                return null;
            }

            var nameLength = _position - nameStart;
            SkipWhitespace();
            if (Peek() != ':')
            {
                return _position >= _text.Length
                    ? Fail("Unexpected end of the file: ':' was expected after the member name.", _text.Length, 0)
                    : Fail("Unexpected " + Describe(_text[_position]) + ": ':' was expected after the member name.", _position, 1);
            }

            _position++;
            SkipWhitespace();
            var value = ParseValue(depth);
            if (value is null)
            {
                return null;
            }

            node.Members.Add(new JsonMember(name, nameStart, nameLength, value));
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                SkipWhitespace();
                if (Peek() == '}')
                {
                    return Fail("A trailing comma is not allowed in JSON.", _position - 1, 1);
                }

                continue;
            }

            if (next == '}')
            {
                _position++;
                node.Length = _position - node.Start;
                return node;
            }

            return _position >= _text.Length
                ? Fail("Unexpected end of the file: the object opened here is not closed.", node.Start, 1)
                : Fail("Unexpected " + Describe(_text[_position]) + ": ',' or '}' was expected.", _position, 1);
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        var node = new JsonArray(_position);
        _position++;
        SkipWhitespace();
        if (Peek() == ']')
        {
            _position++;
            node.Length = _position - node.Start;
            return node;
        }

        while (true)
        {
            SkipWhitespace();
            var item = ParseValue(depth);
            if (item is null)
            {
                return null;
            }

            node.Items.Add(item);
            SkipWhitespace();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                SkipWhitespace();
                if (Peek() == ']')
                {
                    return Fail("A trailing comma is not allowed in JSON.", _position - 1, 1);
                }

                continue;
            }

            if (next == ']')
            {
                _position++;
                node.Length = _position - node.Start;
                return node;
            }

            return _position >= _text.Length
                ? Fail("Unexpected end of the file: the array opened here is not closed.", node.Start, 1)
                : Fail("Unexpected " + Describe(_text[_position]) + ": ',' or ']' was expected.", _position, 1);
        }
    }

    private string? ParseString()
    {
        var start = _position;
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                string result;
                if (builder is null)
                {
                    result = _text.Substring(runStart, _position - runStart);
                }
                else
                {
                    builder.Append(_text, runStart, _position - runStart);
                    result = builder.ToString();
                }

                _position++;
                return result;
            }

            if (c < ' ')
            {
                Fail("A control character (U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ") must be escaped in a JSON string.", _position, 1);
                return null;
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            if (_position + 1 >= _text.Length)
            {
                break;
            }

            var escape = _text[_position + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_position + 6 > _text.Length
                        || !int.TryParse(_text.Substring(_position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || !IsHex(_text, _position + 2, 4))
                    {
                        Fail("'\\u' must be followed by four hexadecimal digits.", _position, System.Math.Min(6, _text.Length - _position));
                        return null;
                    }

                    builder.Append((char)code);
                    _position += 4;
                    break;
                default:
                    Fail("'\\" + escape + "' is not a JSON escape sequence.", _position, 2);
                    return null;
            }

            _position += 2;
            runStart = _position;
        }

        Fail("Unexpected end of the file: the string that starts here is not closed.", start, 1);
        return null;
    }

    private JsonNode? ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek()))
            {
                _position++;
            }
        }
        else
        {
            return Fail("A digit was expected in this number.", start, System.Math.Max(1, _position - start));
        }

        if (Peek() == '.')
        {
            _position++;
            if (!IsDigit(Peek()))
            {
                return Fail("A digit was expected after the decimal point.", start, _position - start);
            }

            while (IsDigit(Peek()))
            {
                _position++;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!IsDigit(Peek()))
            {
                return Fail("A digit was expected in the exponent of this number.", start, _position - start);
            }

            while (IsDigit(Peek()))
            {
                _position++;
            }
        }

        if (IsDigit(Peek()) || char.IsLetter(Peek()))
        {
            return Fail("This is not a valid JSON number.", start, _position - start + 1);
        }

        var raw = _text.Substring(start, _position - start);
        return new JsonScalar(JsonKind.Number, start, raw.Length, null, raw);
    }

    private JsonNode? ParseLiteral(string literal, JsonKind kind)
    {
        var start = _position;
        var end = start;
        while (end < _text.Length && char.IsLetterOrDigit(_text[end]))
        {
            end++;
        }

        if (end - start != literal.Length || string.CompareOrdinal(_text, start, literal, 0, literal.Length) != 0)
        {
            return Fail("'" + _text.Substring(start, System.Math.Min(end - start, 40)) + "' is not a JSON value; strings need double quotes.", start, System.Math.Max(1, end - start));
        }

        _position = end;
        return new JsonScalar(kind, start, literal.Length, null, literal);
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private JsonNode? Fail(string message, int start, int length)
    {
        _error ??= new JsonSyntaxError(message, start, length);
        return null;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsHex(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (!(IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(char c) => c switch
    {
        '\0' => "end of the file",
        _ when c < ' ' => "control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        _ => "'" + c + "'",
    };
}
