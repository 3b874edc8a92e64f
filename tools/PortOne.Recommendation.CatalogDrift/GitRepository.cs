using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PortOne.Recommendation.CatalogDrift;

/// <summary>
/// A local clone of one of PortOne's repositories, bare or not, read at HEAD through git commands only (never through
/// the file system, so a bare mirror works as well as a checkout).
/// </summary>
internal sealed class GitRepository
{
    private const string CommitFormat = "--format=%x1e%H%x1f%h%x1f%cs%x1f%ct%x1f%s";

    private readonly string _directory;

    private GitRepository(string name, string directory, Commit head)
    {
        Name = name;
        _directory = directory;
        Head = head;
    }

    /// <summary>The repository's name under portone-io, as the catalog's evidence spells it.</summary>
    public string Name { get; }

    /// <summary>The commit HEAD points at.</summary>
    public Commit Head { get; }

    /// <summary>Opens the clone given by <paramref name="option"/>, or explains why it cannot.</summary>
    /// <param name="option">The command-line option that named the folder, for the error message.</param>
    /// <param name="name">The repository's name under portone-io.</param>
    /// <param name="directory">The folder of the clone.</param>
    /// <param name="expectedFolder">A folder HEAD must have, so that two swapped clones are caught.</param>
    /// <exception cref="DriftToolException">The folder is missing, not a git repository, empty or another repository.</exception>
    public static GitRepository Open(string option, string name, string directory, string expectedFolder)
    {
        if (!Directory.Exists(directory))
        {
            throw new DriftToolException($"{option}: no such folder: {directory}");
        }

        if (Git.Run(directory, ["rev-parse", "--git-dir"]).ExitCode != 0)
        {
            throw new DriftToolException(
                $"{option}: {directory} is not a git repository (a clone of portone-io/{name}, bare or not, is expected).");
        }

        var head = Describe(directory, "HEAD")
            ?? throw new DriftToolException($"{option}: {directory} has no commit at HEAD.");
        var repository = new GitRepository(name, directory, head);
        if (repository.Files("HEAD", [expectedFolder.TrimEnd('/')], recursive: false).Count == 0)
        {
            throw new DriftToolException(
                $"{option}: {directory} does not look like a clone of portone-io/{name}: HEAD has no {expectedFolder}.");
        }

        return repository;
    }

    /// <summary>The commit a revision (a full or short hash, HEAD …) names, or <see langword="null"/> if this clone lacks it.</summary>
    public Commit? Describe(string revision) => Describe(_directory, revision);

    /// <summary>Whether <paramref name="path"/> exists at <paramref name="revision"/>.</summary>
    public bool Exists(string revision, string path) =>
        Git.Run(_directory, ["cat-file", "-e", $"{revision}:{path}"]).ExitCode == 0;

    /// <summary>The paths at <paramref name="revision"/> under the given paths (files, or with <paramref name="recursive"/> off, the entries themselves).</summary>
    public IReadOnlyList<string> Files(string revision, IEnumerable<string> paths, bool recursive = true)
    {
        string[] arguments = recursive ? ["ls-tree", "-r", "--name-only", revision, "--"] : ["ls-tree", "--name-only", revision, "--"];
        return Lines(Check(Git.Run(_directory, [.. arguments, .. paths])));
    }

    /// <summary>The text of a file at HEAD.</summary>
    public string Show(string path) => Check(Git.Run(_directory, ["cat-file", "blob", "HEAD:" + path]));

    /// <summary>
    /// The commits of <paramref name="range"/> (<c>HEAD</c>, or <c>cited..HEAD</c>: those after a cited commit) that
    /// changed any of <paramref name="paths"/>, newest first, each with its files; renames are detected, so a file
    /// moved without a change of its text shows as <see cref="FileChange.IsMoveOnly"/>.
    /// </summary>
    public IReadOnlyList<LogEntry> Log(string range, IEnumerable<string> paths) =>
        ParseLog(Check(Git.Run(_directory, ["log", CommitFormat, "--raw", "-M", range, "--", .. paths])));

    private static Commit? Describe(string directory, string revision)
    {
        var result = Git.Run(directory, ["log", "-1", "--no-walk", CommitFormat, revision + "^{commit}", "--"]);
        return result.ExitCode == 0 ? ParseLog(result.Output).Select(entry => entry.Commit).FirstOrDefault() : null;
    }

    private string Check(Git.Result result) => result.ExitCode == 0
        ? result.Output
        : throw new DriftToolException($"git failed in the clone of portone-io/{Name}: {result.Error.Trim()}");

    private static List<string> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Reads the output of <c>git log</c> with <see cref="CommitFormat"/> and, optionally, <c>--raw</c>.</summary>
    private static List<LogEntry> ParseLog(string output)
    {
        var entries = new List<LogEntry>();
        foreach (var record in output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n');
            var fields = lines[0].Split('\x1f', 5);
            var commit = new Commit(fields[0], fields[1], fields[2], long.Parse(fields[3], CultureInfo.InvariantCulture), fields[4]);
            var files = new List<FileChange>();
            foreach (var line in lines.Skip(1).Where(line => line.StartsWith(':')))
            {
                // ":100644 100644 <old blob> <new blob> R100\told path\tnew path"
                var parts = line.Split('\t');
                var status = parts[0].Split(' ')[^1];
                files.Add(new FileChange(status[0], IsMoveOnly: status == "R100", Path: parts[^1]));
            }

            entries.Add(new LogEntry(commit, files));
        }

        return entries;
    }
}
