using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using PortOne.Recommendation.ConsoleSample.App;
using PortOne.Recommendation.ConsoleSample.Texts;

namespace PortOne.Recommendation.ConsoleSample.Json;

/// <summary>
/// Reads the JSON token by token, keeping track of where it is, so that malformed JSON is reported with the JSON
/// path, line and column at which reading stopped.
/// </summary>
internal static class JsonSyntaxCheck
{
    public static void ThrowIfMalformed(ReadOnlySpan<byte> json, string source, Language language)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var path = new PathTracker();
        try
        {
            while (reader.Read())
            {
                path.Advance(ref reader);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            var (line, column) = Position(json, ex as JsonException, reader.BytesConsumed);
            throw new BadInputException(
                UiTexts.MalformedJson.Format(language, source, path.Current, line, column, Reason(ex)),
                ex);
        }
    }

    /// <summary>The reader's own explanation on one line, without the position it appends (we give line and column
    /// ourselves).</summary>
    private static string Reason(Exception ex)
    {
        var message = ex.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).ReplaceLineEndings("\\n");
    }

    /// <summary>One-based line and column (in characters, not bytes) of the failure.</summary>
    private static (long Line, long Column) Position(ReadOnlySpan<byte> json, JsonException? ex, long consumed)
    {
        long lineIndex;
        long byteInLine;
        if (ex?.LineNumber is { } reportedLine && ex.BytePositionInLine is { } reportedByte)
        {
            lineIndex = reportedLine;
            byteInLine = reportedByte;
        }
        else
        {
            // Invalid UTF-8 inside a string: the reader stopped after the token it could not decode.
            var before = json[..(int)Math.Min(consumed, json.Length)];
            lineIndex = before.Count((byte)'\n');
            byteInLine = before.Length - (before.LastIndexOf((byte)'\n') + 1);
        }

        var lineStart = 0;
        for (var i = 0; i < lineIndex && lineStart < json.Length; i++)
        {
            var next = json[lineStart..].IndexOf((byte)'\n');
            lineStart = next < 0 ? json.Length : lineStart + next + 1;
        }

        var length = (int)Math.Min(byteInLine, json.Length - lineStart);
        var characters = Encoding.UTF8.GetCharCount(json.Slice(lineStart, length));
        return (lineIndex + 1, characters + 1);
    }

    /// <summary>The JSON path of the value being read, such as <c>$.easyPay.brands[1]</c>.</summary>
    private sealed class PathTracker
    {
        private readonly List<Frame> _frames = [];

        public string Current
        {
            get
            {
                var builder = new StringBuilder("$");
                foreach (var frame in _frames)
                {
                    if (frame.Name is { } name)
                    {
                        builder.Append(JsonPaths.Member(name));
                    }
                    else if (frame.Index >= 0)
                    {
                        builder.Append(JsonPaths.Element(frame.Index));
                    }
                }

                return builder.ToString();
            }
        }

        public void Advance(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    _frames[^1].Name = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CountArrayElement();
                    _frames.Add(new Frame(IsArray: reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _frames.RemoveAt(_frames.Count - 1);
                    break;
                default:
                    CountArrayElement();
                    break;
            }
        }

        private void CountArrayElement()
        {
            if (_frames.Count > 0 && _frames[^1].IsArray)
            {
                _frames[^1].Index++;
            }
        }

        private sealed record Frame(bool IsArray)
        {
            public string? Name { get; set; }

            public int Index { get; set; } = -1;
        }
    }
}
