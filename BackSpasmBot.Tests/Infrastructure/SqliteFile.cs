using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BackSpasmBot.Tests.Infrastructure;

/// <summary>Reads a SQLite file from outside the store under test, on a connection of its own.</summary>
public static class SqliteFile
{
    /// <summary>The first column of the first row, as invariant text (null when there is no row).</summary>
    public static async Task<string?> ScalarAsync(string databasePath, string sql, bool readOnly = false)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False{(readOnly ? ";Mode=ReadOnly" : string.Empty)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
