using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PortOne.Recommendation.Tests.Support;

namespace PortOne.Recommendation.Tests.Architecture;

/// <summary>
/// The library's folders read one way. A folder's files may use the types declared in the folders on a lower level,
/// never those on its own level in another folder, nor those above: so no two folders use each other, and no chain of
/// folders comes back to where it started. The levels follow a call through the engine (each step may use what came
/// before it), with the vocabulary, the texts and the catalog beneath all of them and the engine on top.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>Each folder's level, lowest first. A folder may use the folders of lower levels only.</summary>
    public static readonly IReadOnlyDictionary<string, int> Levels = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // Helpers every folder may use: Guard, EnumValues, the polyfills.
        ["Internal"] = 0,
        // The words shared by the requirements, the catalog and the answer: providers, services, brands, API versions,
        // industries, advisory and benefit codes, package items, ValueList.
        ["Domain"] = 1,
        // Texts (keys and arguments, the resources, the text cache, display names, console paths).
        ["Localization"] = 2,
        // Data only; may name texts, never the reverse.
        ["Catalog"] = 3,
        // The call: the input records, their validation and the snapshot.
        ["Requirements"] = 4,
        // The explanation records and reason codes: results, but plain data a reason fact carries.
        ["Explanations"] = 5,
        // What enters the session.
        ["Facts"] = 6,
        // The exact planner, the plan it returns and the plan fact.
        ["Planning"] = 7,
        // Helpers shared by more than one stage of rules.
        ["Rules"] = 8,
        // The stages of rules: none uses another.
        ["Rules/Decisions"] = 9,
        ["Rules/Advisories"] = 9,
        ["Rules/Plan"] = 9,
        ["Rules/Explanations"] = 9,
        // The records the caller gets, their comparison and the onboarding assembled for them.
        ["Results"] = 10,
        // The JSON contract and the engine: on top, neither using the other.
        ["Json"] = 11,
        ["Engine"] = 11,
    };

    [Fact]
    public void TypeNames_AreDeclaredInOneFolderEach()
    {
        var graph = FolderGraph.Read(SourceRoot());

        graph.Duplicates.Should().BeEmpty("the dependency check finds a type by its name alone");
    }

    [Fact]
    public void Folders_AreAllKnown()
    {
        var graph = FolderGraph.Read(SourceRoot());

        graph.Folders.Should().BeSubsetOf(Levels.Keys, "every folder of the library has a level in the direction table");
    }

    [Fact]
    public void Folders_HaveNoCycle()
    {
        var graph = FolderGraph.Read(SourceRoot());

        var cycles = graph.CyclicComponents();

        cycles.Should().BeEmpty(
            $"no folder may reach itself through the types it uses ({graph.ElementaryCycleCount()} elementary cycles, " +
            $"{graph.MutualPairs().Count} pairs of folders using each other); the edges inside the cycles are:\n" +
            string.Join("\n", cycles.SelectMany(c => graph.EdgesWithin(c)).Select(e => e.ToString())));
    }

    [Fact]
    public void Folders_UseOnlyLowerLevels()
    {
        var graph = FolderGraph.Read(SourceRoot());

        var wrong = graph.Edges
            .Where(e => !Levels.TryGetValue(e.From, out var from) || !Levels.TryGetValue(e.To, out var to) || to >= from)
            .Select(e => e.ToString())
            .ToList();

        wrong.Should().BeEmpty("a folder may use only the folders below its level (see FolderDependencyTests.Levels)");
    }

    private static string SourceRoot() => Path.Combine(RepositoryFiles.Root(), "src", "PortOne.Recommendation");

    /// <summary>One wrong-way use: the file and the type that make the edge.</summary>
    public sealed record Use(string From, string To, string File, string Type)
    {
        public override string ToString() => $"{From} -> {To}: {File} uses {Type}";
    }

    /// <summary>The folders of the library's source and the types each uses from the others.</summary>
    public sealed class FolderGraph
    {
        private static readonly string[] NamespaceSegments =
            ["PortOne", "Recommendation", "Catalog", "Facts", "Internal", "Json", "Localization", "Planning", "Rules"];

        private static readonly Regex Declaration = new(
            @"\b(?:class|struct|interface|enum|record)\s+(?:class\s+|struct\s+)?(?<name>[A-Z]\w*)|\bdelegate\s+[\w<>\[\],?. ]+?\s+(?<name>[A-Z]\w*)\s*[<(]",
            RegexOptions.CultureInvariant);

        // An identifier that does not follow a dot, or follows a namespace segment (Rules.ProviderReasons): a member
        // access (x.PaymentProvider) names a member, not a type.
        private static readonly Regex Identifier = new(
            @"(?:(?<![\w.@])|(?<=\b(?:" + string.Join("|", NamespaceSegments) + @")\.))(?<name>[A-Z]\w*)\b",
            RegexOptions.CultureInvariant);

        private FolderGraph(IReadOnlyList<string> folders, IReadOnlyList<Use> edges, IReadOnlyList<string> duplicates)
        {
            Folders = folders;
            Edges = edges;
            Duplicates = duplicates;
        }

        public IReadOnlyList<string> Folders { get; }

        /// <summary>One use per folder pair and type, with the first file (in path order) that makes it.</summary>
        public IReadOnlyList<Use> Edges { get; }

        /// <summary>Type names declared in more than one folder.</summary>
        public IReadOnlyList<string> Duplicates { get; }

        public static FolderGraph Read(string root)
        {
            var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
                .Where(path => !path.StartsWith("obj/", StringComparison.Ordinal) && !path.StartsWith("bin/", StringComparison.Ordinal))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (Path: path, Folder: FolderOf(path), Code: CodeOf(File.ReadAllText(Path.Combine(root, path)))))
                .ToList();

            var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var name in TopLevelTypes(file.Code))
                {
                    if (!declared.TryGetValue(name, out var folders))
                    {
                        declared[name] = folders = new HashSet<string>(StringComparer.Ordinal);
                    }

                    folders.Add(file.Folder);
                }
            }

            var edges = new List<Use>();
            var seen = new HashSet<(string, string, string)>();
            foreach (var file in files)
            {
                foreach (Match match in Identifier.Matches(file.Code))
                {
                    var name = match.Groups["name"].Value;
                    if (!declared.TryGetValue(name, out var folders))
                    {
                        continue;
                    }

                    foreach (var folder in folders.Where(f => f != file.Folder).OrderBy(f => f, StringComparer.Ordinal))
                    {
                        if (seen.Add((file.Folder, folder, name)))
                        {
                            edges.Add(new Use(file.Folder, folder, file.Path, name));
                        }
                    }
                }
            }

            return new FolderGraph(
                files.Select(f => f.Folder).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList(),
                edges,
                declared.Where(d => d.Value.Count > 1).Select(d => $"{d.Key} ({string.Join(", ", d.Value)})").ToList());
        }

        /// <summary>The folder pairs that use each other.</summary>
        public IReadOnlyList<(string, string)> MutualPairs()
        {
            var pairs = Edges.Select(e => (e.From, e.To)).ToHashSet();
            return pairs.Where(p => string.CompareOrdinal(p.From, p.To) < 0 && pairs.Contains((p.To, p.From))).ToList();
        }

        /// <summary>The number of elementary cycles between folders (each counted once).</summary>
        public int ElementaryCycleCount()
        {
            var next = Successors();
            var count = 0;
            foreach (var start in Folders)
            {
                var path = new HashSet<string>(StringComparer.Ordinal) { start };
                count += CountFrom(start, start, path, next);
            }

            return count;
        }

        /// <summary>The strongly connected groups of more than one folder: each holds at least one cycle.</summary>
        public IReadOnlyList<IReadOnlyList<string>> CyclicComponents()
        {
            var next = Successors();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var components = new List<IReadOnlyList<string>>();

            void Visit(string v)
            {
                index[v] = low[v] = index.Count;
                stack.Push(v);
                onStack.Add(v);
                foreach (var w in next[v])
                {
                    if (!index.TryGetValue(w, out var seen))
                    {
                        Visit(w);
                        low[v] = Math.Min(low[v], low[w]);
                    }
                    else if (onStack.Contains(w))
                    {
                        low[v] = Math.Min(low[v], seen);
                    }
                }

                if (low[v] == index[v])
                {
                    var component = new List<string>();
                    string w;
                    do
                    {
                        w = stack.Pop();
                        onStack.Remove(w);
                        component.Add(w);
                    }
                    while (w != v);

                    if (component.Count > 1)
                    {
                        component.Sort(StringComparer.Ordinal);
                        components.Add(component);
                    }
                }
            }

            foreach (var folder in Folders)
            {
                if (!index.ContainsKey(folder))
                {
                    Visit(folder);
                }
            }

            return components;
        }

        public IEnumerable<Use> EdgesWithin(IReadOnlyList<string> component) =>
            Edges.Where(e => component.Contains(e.From) && component.Contains(e.To));

        private Dictionary<string, List<string>> Successors()
        {
            var next = Folders.ToDictionary(f => f, _ => new List<string>(), StringComparer.Ordinal);
            foreach (var (from, to) in Edges.Select(e => (e.From, e.To)).Distinct())
            {
                next[from].Add(to);
            }

            return next;
        }

        // Counts the cycles through start whose other folders all sort after start, so that each is counted once.
        private static int CountFrom(string start, string at, HashSet<string> path, Dictionary<string, List<string>> next)
        {
            var count = 0;
            foreach (var w in next[at])
            {
                if (w == start)
                {
                    count++;
                }
                else if (string.CompareOrdinal(w, start) > 0 && path.Add(w))
                {
                    count += CountFrom(start, w, path, next);
                    path.Remove(w);
                }
            }

            return count;
        }

        /// <summary>The first folder under the library, or <c>Rules/&lt;stage&gt;</c> for a rule in a stage's folder.</summary>
        private static string FolderOf(string path)
        {
            var parts = path.Split('/');
            if (parts.Length == 1)
            {
                return ".";
            }

            return parts[0] == "Rules" && parts.Length > 2 ? "Rules/" + parts[1] : parts[0];
        }

        /// <summary>Types declared at the top of a file (file-scoped namespaces: brace depth 0); nested types are
        /// private to their declaring type's folder.</summary>
        private static IEnumerable<string> TopLevelTypes(string code)
        {
            var depth = 0;
            var at = 0;
            foreach (Match match in Declaration.Matches(code))
            {
                for (; at < match.Index; at++)
                {
                    depth += code[at] == '{' ? 1 : code[at] == '}' ? -1 : 0;
                }

                if (depth == 0)
                {
                    yield return match.Groups["name"].Value;
                }
            }
        }

        /// <summary>The code without comments, and with strings and characters emptied (an interpolated string keeps
        /// the code of its holes).</summary>
        internal static string CodeOf(string source)
        {
            var code = new StringBuilder(source.Length);
            var i = 0;
            while (i < source.Length)
            {
                var c = source[i];
                if (c == '/' && i + 1 < source.Length && source[i + 1] == '/')
                {
                    var end = source.IndexOf('\n', i);
                    i = end < 0 ? source.Length : end;
                }
                else if (c == '/' && i + 1 < source.Length && source[i + 1] == '*')
                {
                    var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? source.Length : end + 2;
                    code.Append(' ');
                }
                else if (c is '$' or '@' or '"')
                {
                    var prefix = 0;
                    var verbatim = false;
                    var interpolated = false;
                    while (i + prefix < source.Length && source[i + prefix] is '$' or '@' && prefix < 2)
                    {
                        verbatim |= source[i + prefix] == '@';
                        interpolated |= source[i + prefix] == '$';
                        prefix++;
                    }

                    if (i + prefix < source.Length && source[i + prefix] == '"')
                    {
                        i = SkipString(source, i + prefix, verbatim, interpolated, code);
                        code.Append(" \"\" ");
                    }
                    else
                    {
                        code.Append(source, i, Math.Max(prefix, 1));
                        i += Math.Max(prefix, 1);
                    }
                }
                else if (c == '\'' && Regex.Match(source.Substring(i, Math.Min(8, source.Length - i)), @"^'(\\.[^']*|[^'\\])'") is { Success: true } character)
                {
                    i += character.Length;
                    code.Append(" ' ' ");
                }
                else
                {
                    code.Append(c);
                    i++;
                }
            }

            return code.ToString();
        }

        // From the opening quote; returns the index after the closing quote. The holes of an interpolated string are
        // code, copied out (a string inside a hole is skipped in turn).
        private static int SkipString(string source, int quote, bool verbatim, bool interpolated, StringBuilder code)
        {
            var i = quote + 1;
            while (i < source.Length)
            {
                var c = source[i];
                if (interpolated && c == '{')
                {
                    if (i + 1 < source.Length && source[i + 1] == '{')
                    {
                        i += 2;
                        continue;
                    }

                    var depth = 1;
                    i++;
                    while (i < source.Length && depth > 0)
                    {
                        var h = source[i];
                        if (h == '"')
                        {
                            i = SkipString(source, i, verbatim: false, interpolated: false, code);
                            continue;
                        }

                        depth += h == '{' ? 1 : h == '}' ? -1 : 0;
                        code.Append(depth > 0 ? h : ' ');
                        i++;
                    }

                    continue;
                }

                if (!verbatim && c == '\\')
                {
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    if (verbatim && i + 1 < source.Length && source[i + 1] == '"')
                    {
                        i += 2;
                        continue;
                    }

                    return i + 1;
                }

                i++;
            }

            return i;
        }
    }
}
