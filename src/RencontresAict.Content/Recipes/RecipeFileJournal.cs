namespace RencontresAict.Content.Recipes;

/// <summary>
/// Files a recipe writes outside the database (media). The database rolls back by itself; this journal does the
/// same for files: on failure each written file is deleted, or put back as it was when it already existed,
/// and folders the recipe created are removed again.
/// </summary>
public sealed class RecipeFileJournal
{
    private readonly List<(string Path, string? Backup)> _files = [];
    private readonly List<string> _createdFolders = [];

    public IReadOnlyList<string> WrittenFiles => _files.Select(f => f.Path).ToList();

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        path = Path.GetFullPath(path);
        CreateFolder(Path.GetDirectoryName(path)!);
        if (!_files.Exists(f => f.Path == path))
        {
            string? backup = null;
            if (File.Exists(path))
            {
                backup = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.recipe-backup");
                File.Copy(path, backup);
            }

            _files.Add((path, backup));
        }

        await using var file = File.Create(path);
        await content.CopyToAsync(file, cancellationToken);
    }

    /// <summary>The recipe is stored: drop the copies of replaced files.</summary>
    public void Commit()
    {
        foreach (var (_, backup) in _files)
        {
            if (backup is not null)
            {
                File.Delete(backup);
            }
        }

        _files.Clear();
        _createdFolders.Clear();
    }

    /// <summary>The recipe failed: undo every write, newest first.</summary>
    public void Rollback()
    {
        for (var i = _files.Count - 1; i >= 0; i--)
        {
            var (path, backup) = _files[i];
            if (backup is null)
            {
                File.Delete(path);
            }
            else
            {
                File.Move(backup, path, overwrite: true);
            }
        }

        for (var i = _createdFolders.Count - 1; i >= 0; i--)
        {
            if (Directory.Exists(_createdFolders[i]) && !Directory.EnumerateFileSystemEntries(_createdFolders[i]).Any())
            {
                Directory.Delete(_createdFolders[i]);
            }
        }

        _files.Clear();
        _createdFolders.Clear();
    }

    private void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        CreateFolder(Path.GetDirectoryName(folder)!);
        Directory.CreateDirectory(folder);
        _createdFolders.Add(folder);
    }
}
