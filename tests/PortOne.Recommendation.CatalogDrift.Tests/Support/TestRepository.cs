using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace PortOne.Recommendation.CatalogDrift.Tests.Support;

/// <summary>
/// A small git repository built by a test: files written, moved and deleted, then committed with a fixed author,
/// committer and date, so that its history (and its hashes) are the same on every machine.
/// </summary>
internal sealed class TestRepository
{
    private TestRepository(string directory) => Directory = directory;

    public string Directory { get; }

    public static TestRepository Create(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        var repository = new TestRepository(directory);
        repository.Git("-c", "init.defaultBranch=main", "init", "-q");
        return repository;
    }

    /// <summary>A bare clone of this repository in <paramref name="directory"/> (the shape of PortOne's mirrors).</summary>
    public TestRepository CloneBare(string directory)
    {
        Git("clone", "-q", "--bare", Directory, directory);
        return new TestRepository(directory);
    }

    public void Write(string path, string text)
    {
        var fullPath = Path.Combine(Directory, path);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, text);
    }

    /// <summary>Moves a file or folder, as the help tree moved on 2025-07-15.</summary>
    public void Move(string from, string to)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(Directory, to))!);
        Git("mv", from, to);
    }

    public void Delete(string path) => Git("rm", "-q", path);

    /// <summary>Commits everything on <paramref name="date"/> (noon in Seoul) and returns the full hash.</summary>
    public string Commit(string message, string date)
    {
        Git("add", "-A");
        var when = $"{date}T12:00:00+09:00";
        Git(new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = "Test",
            ["GIT_AUTHOR_EMAIL"] = "test@example.com",
            ["GIT_AUTHOR_DATE"] = when,
            ["GIT_COMMITTER_NAME"] = "Test",
            ["GIT_COMMITTER_EMAIL"] = "test@example.com",
            ["GIT_COMMITTER_DATE"] = when,
        }, "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>The short hash git shows for a commit of this repository.</summary>
    public string Short(string hash) => Git("rev-parse", "--short", hash).Trim();

    public string Git(params string[] arguments) => Git(new Dictionary<string, string>(), arguments);

    private string Git(Dictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
