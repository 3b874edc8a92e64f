#if NET
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PortOne.Recommendation.Json;

/// <summary>
/// Reads the JSON token by token before anything else, keeping track of the JSON path, so that malformed JSON is
/// reported with the path, line and column at which reading stopped. It also refuses repeated properties (the
/// System.Text.Json of net8.0 has no <c>AllowDuplicateProperties</c> option) and strings that are not valid UTF-8 or
/// hold a lone surrogate (the reader only notices those when a string is decoded).
/// </summary>
internal static class JsonSyntaxCheck
{
    public static void ThrowIfMalformed(ReadOnlySpan<byte> json)
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
        catch (Exception ex) when (ex is (JsonException and not RequirementsJsonException) or InvalidOperationException)
        {
            var (line, column) = Position(json, ex as JsonException, reader.BytesConsumed);
            throw new RequirementsJsonException(path.Current, line, column, Reason(ex), ex);
        }
    }

    /// <summary>The reader's own explanation on one line, without the position it appends.</summary>
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
            // A string that cannot be decoded: the reader stopped after that token.
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
                var builder = new StringBuilder(RecommendationJson.RootPath);
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
                    var frame = _frames[^1];
                    var name = reader.GetString()!;
                    frame.Name = name;
                    if (!frame.Names!.Add(name))
                    {
                        throw new RequirementsJsonException(
                            RequirementsJsonErrorKind.DuplicateProperty, Current, "the property appears more than once.")
                        {
                            PropertyName = name,
                        };
                    }

                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    CountArrayElement();
                    _frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    _frames.RemoveAt(_frames.Count - 1);
                    break;
                case JsonTokenType.String:
                    CountArrayElement();
                    // Decoding refuses invalid UTF-8 and lone surrogates (InvalidOperationException).
                    _ = reader.GetString();
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

        private sealed class Frame(bool isArray)
        {
            public bool IsArray { get; } = isArray;

            public HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);

            public string? Name { get; set; }

            public int Index { get; set; } = -1;
        }
    }
}
#endif
