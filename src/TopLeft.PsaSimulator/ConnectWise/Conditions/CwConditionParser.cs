using System.Globalization;
using System.Text.RegularExpressions;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.ConnectWise.Conditions;

/// <summary>
/// Parses ConnectWise's condition grammar (<c>= != &lt; &lt;= &gt; &gt;= like contains in not</c>, <c>and/or</c>,
/// parentheses, "strings", [dates], True/False/null, slash paths) into a predicate over one entity type.
/// Field names resolve at parse time so an unknown column fails with a 400, as ConnectWise does.
/// </summary>
internal sealed class CwConditionParser
{
    private readonly List<CwConditionToken> tokens;
    private readonly Type entityType;
    private readonly string? fieldPrefix;
    private int position;

    private CwConditionParser(string text, Type entityType, string? fieldPrefix)
    {
        tokens = CwConditionLexer.Tokenize(text);
        this.entityType = entityType;
        this.fieldPrefix = fieldPrefix;
    }

    /// <summary>Parses conditions; with <paramref name="fieldPrefix"/> (childConditions) fields are read relative to it.</summary>
    public static Func<object, bool> Parse(string? text, Type entityType, string? fieldPrefix = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return static _ => true;
        }

        var parser = new CwConditionParser(text, entityType, fieldPrefix);
        var predicate = parser.ParseOr();
        if (parser.Current.Kind != CwTokenKind.End)
        {
            throw new CwConditionException($"Unexpected '{parser.Current.Text}' at position {parser.Current.Position}.");
        }

        return predicate;
    }

    /// <summary>Resolves a field, falling back to <c>_info/…</c> so <c>lastUpdated</c> works as ConnectWise allows.</summary>
    public static FieldPath? ResolveField(Type type, string path) =>
        FieldPath.Resolve(type, path) ?? FieldPath.Resolve(type, "_info/" + path);

    private CwConditionToken Current => tokens[position];

    private Func<object, bool> ParseOr()
    {
        var left = ParseAnd();
        while (IsKeyword("or"))
        {
            position++;
            var right = ParseAnd();
            var l = left;
            left = e => l(e) || right(e);
        }

        return left;
    }

    private Func<object, bool> ParseAnd()
    {
        var left = ParseUnary();
        while (IsKeyword("and"))
        {
            position++;
            var right = ParseUnary();
            var l = left;
            left = e => l(e) && right(e);
        }

        return left;
    }

    private Func<object, bool> ParseUnary()
    {
        if (IsKeyword("not"))
        {
            position++;
            var inner = ParseUnary();
            return e => !inner(e);
        }

        if (Current.Kind == CwTokenKind.OpenParen)
        {
            position++;
            var inner = ParseOr();
            Expect(CwTokenKind.CloseParen);
            return inner;
        }

        return ParseComparison();
    }

    private Func<object, bool> ParseComparison()
    {
        var fieldToken = Expect(CwTokenKind.Word);
        var fieldName = fieldPrefix is not null && fieldToken.Text.StartsWith(fieldPrefix + "/", StringComparison.OrdinalIgnoreCase)
            ? fieldToken.Text[(fieldPrefix.Length + 1)..]
            : fieldToken.Text;
        var field = ResolveField(entityType, fieldName)
            ?? throw new CwConditionException($"Cannot find column '{fieldToken.Text}'.");

        var negate = false;
        if (IsKeyword("not"))
        {
            negate = true;
            position++;
        }

        if (IsKeyword("in"))
        {
            position++;
            Expect(CwTokenKind.OpenParen);
            var values = new List<object?>();
            do
            {
                if (values.Count > 0)
                {
                    position++;
                }

                values.Add(ParseValue());
            }
            while (Current.Kind == CwTokenKind.Comma);
            Expect(CwTokenKind.CloseParen);
            return e =>
            {
                var value = field.Get(e);
                return values.Any(v => ValueComparer.AreEqual(value, v)) != negate;
            };
        }

        if (IsKeyword("like"))
        {
            position++;
            var pattern = Convert.ToString(ParseValue(), CultureInfo.InvariantCulture) ?? "";
            var regex = new Regex(
                "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace("%", ".*", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
            return e => (field.Get(e) is { } v && regex.IsMatch(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")) != negate;
        }

        if (IsKeyword("contains"))
        {
            position++;
            var part = Convert.ToString(ParseValue(), CultureInfo.InvariantCulture) ?? "";
            return e => (Convert.ToString(field.Get(e), CultureInfo.InvariantCulture)?.Contains(part, StringComparison.OrdinalIgnoreCase) ?? false) != negate;
        }

        if (negate)
        {
            throw new CwConditionException($"Expected 'in', 'like' or 'contains' after 'not' at position {Current.Position}.");
        }

        var op = Expect(CwTokenKind.Operator).Text;
        var literal = ParseValue();
        return op switch
        {
            "=" => e => ValueComparer.AreEqual(field.Get(e), literal),
            "!=" => e => !ValueComparer.AreEqual(field.Get(e), literal),
            "<" => e => ValueComparer.Compare(field.Get(e), literal) < 0,
            "<=" => e => ValueComparer.Compare(field.Get(e), literal) <= 0,
            ">" => e => ValueComparer.Compare(field.Get(e), literal) > 0,
            ">=" => e => ValueComparer.Compare(field.Get(e), literal) >= 0,
            _ => throw new CwConditionException($"Unknown operator '{op}'."),
        };
    }

    private object? ParseValue()
    {
        var token = Current;
        position++;
        switch (token.Kind)
        {
            case CwTokenKind.String:
                return token.Text;
            case CwTokenKind.Number:
                return decimal.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
            case CwTokenKind.Date:
                return ValueComparer.ToDate(token.Text)
                    ?? throw new CwConditionException($"'{token.Text}' is not a valid date.");
            case CwTokenKind.Word when token.Text.Equals("true", StringComparison.OrdinalIgnoreCase):
                return true;
            case CwTokenKind.Word when token.Text.Equals("false", StringComparison.OrdinalIgnoreCase):
                return false;
            case CwTokenKind.Word when token.Text.Equals("null", StringComparison.OrdinalIgnoreCase):
                return null;
            default:
                throw new CwConditionException($"Expected a value at position {token.Position} but found '{token.Text}'.");
        }
    }

    private bool IsKeyword(string keyword) =>
        Current.Kind == CwTokenKind.Word && Current.Text.Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private CwConditionToken Expect(CwTokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw new CwConditionException($"Expected {kind} at position {token.Position} but found '{token.Text}'.");
        }

        position++;
        return token;
    }
}
