using System.Globalization;

namespace TopLeft.PsaSimulator.Data;

/// <summary>
/// Compares a stored field value with a literal from a query. Strings compare case-insensitively
/// (both PSAs sit on SQL Server with a case-insensitive collation); numbers compare as decimals.
/// </summary>
internal static class ValueComparer
{
    /// <summary>Returns null when the two values cannot be ordered (a type mismatch or a null).</summary>
    public static int? Compare(object? stored, object? literal)
    {
        if (stored is null || literal is null)
        {
            return null;
        }

        // Fast paths for the common id/picklist comparisons, which run once per row on large scans.
        if (stored is int storedInt && literal is decimal literalDecimal)
        {
            return ((decimal)storedInt).CompareTo(literalDecimal);
        }

        switch (stored)
        {
            case string s:
                return string.Compare(s, Convert.ToString(literal, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
            case bool b:
                return ToBool(literal) is { } lb ? b.CompareTo(lb) : null;
            case DateTime d:
                return ToDate(literal) is { } ld ? d.CompareTo(ld) : null;
            default:
                if (IsNumber(stored) && ToDecimal(literal) is { } ln)
                {
                    return Convert.ToDecimal(stored, CultureInfo.InvariantCulture).CompareTo(ln);
                }

                return string.Compare(
                    Convert.ToString(stored, CultureInfo.InvariantCulture),
                    Convert.ToString(literal, CultureInfo.InvariantCulture),
                    StringComparison.OrdinalIgnoreCase);
        }
    }

    public static bool AreEqual(object? stored, object? literal) =>
        stored is null || literal is null ? stored is null && literal is null : Compare(stored, literal) == 0;

    public static bool IsNumber(object value) =>
        value is int or long or decimal or double or float or short or byte;

    public static decimal? ToDecimal(object? value) => value switch
    {
        null => null,
        string s => decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        bool => null,
        DateTime => null,
        _ when IsNumber(value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    public static bool? ToBool(object? value) => value switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var b) => b,
        string s when s == "1" => true,
        string s when s == "0" => false,
        int i => i != 0,
        long l => l != 0,
        decimal m => m != 0,
        _ => null,
    };

    public static DateTime? ToDate(object? value) => value switch
    {
        DateTime d => d,
        string s when DateTime.TryParse(s, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d) => d,
        _ => null,
    };
}
