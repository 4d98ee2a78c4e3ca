using System.Text;

namespace TopLeft.AppHost;

// The console stand-in for Aspire's dashboard: one row per resource.
internal static class ResourceTable
{
    public static string Render(IReadOnlyCollection<Resource> resources)
    {
        string[] header = ["Resource", "State", "URL", "Health", ""];
        var rows = resources
            .Select(r => new[]
            {
                r.Name,
                r.State.ToString(),
                r.IsSkipped ? "-" : r.Url,
                r.Health,
                r.Note ?? string.Empty,
            })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        var table = new StringBuilder();
        foreach (var row in rows)
        {
            var line = string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column])));
            table.Append("  ").Append(line.TrimEnd()).Append('\n');
        }

        return table.ToString().TrimEnd();
    }
}
