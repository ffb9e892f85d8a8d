using Microsoft.Data.Sqlite;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>
/// A SQLite file of the test's own in the temp folder, deleted with its write-ahead log when the test is done, so that
/// running the suite again and again does not fill the machine's temp folder.
/// </summary>
public sealed class TempDatabase(string name) : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{name}-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        // Pooled connections keep the file open; only idle ones are closed, so other tests' open connections go on.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Still held by a connection closing on another thread: the temp folder's own clean-up takes it.
            }
        }
    }
}
