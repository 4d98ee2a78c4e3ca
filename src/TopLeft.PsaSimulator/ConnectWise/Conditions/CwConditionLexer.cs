using System.Text;

namespace TopLeft.PsaSimulator.ConnectWise.Conditions;

/// <summary>Splits a ConnectWise <c>conditions</c> string into tokens.</summary>
internal static class CwConditionLexer
{
    public static List<CwConditionToken> Tokenize(string text)
    {
        var tokens = new List<CwConditionToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            switch (c)
            {
                case '(':
                    tokens.Add(new(CwTokenKind.OpenParen, "(", i++));
                    continue;
                case ')':
                    tokens.Add(new(CwTokenKind.CloseParen, ")", i++));
                    continue;
                case ',':
                    tokens.Add(new(CwTokenKind.Comma, ",", i++));
                    continue;
                case '"' or '\'':
                    tokens.Add(new(CwTokenKind.String, ReadString(text, ref i), start));
                    continue;
                case '[':
                    var close = text.IndexOf(']', i);
                    if (close < 0)
                    {
                        throw new CwConditionException($"Unterminated date at position {i}.");
                    }

                    tokens.Add(new(CwTokenKind.Date, text[(i + 1)..close].Trim(), start));
                    i = close + 1;
                    continue;
                case '=':
                    tokens.Add(new(CwTokenKind.Operator, "=", i++));
                    continue;
                case '!' or '<' or '>':
                    var op = i + 1 < text.Length && (text[i + 1] == '=' || (c == '<' && text[i + 1] == '>'))
                        ? text.Substring(i, 2)
                        : c.ToString();
                    if (op == "!")
                    {
                        throw new CwConditionException($"Unexpected '!' at position {i}.");
                    }

                    tokens.Add(new(CwTokenKind.Operator, op == "<>" ? "!=" : op, start));
                    i += op.Length;
                    continue;
            }

            if (char.IsDigit(c) || (c == '-' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new(CwTokenKind.Number, text[start..i], start));
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '/' or '.'))
                {
                    i++;
                }

                tokens.Add(new(CwTokenKind.Word, text[start..i], start));
                continue;
            }

            throw new CwConditionException($"Unexpected character '{c}' at position {i}.");
        }

        tokens.Add(new(CwTokenKind.End, "", text.Length));
        return tokens;
    }

    private static string ReadString(string text, ref int i)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[i + 1]);
                i += 2;
                continue;
            }

            if (c == quote)
            {
                i++;
                // ConnectWise escapes a literal '[' inside strings as "[[]".
                return value.ToString().Replace("[[]", "[", StringComparison.Ordinal);
            }

            value.Append(c);
            i++;
        }

        throw new CwConditionException("Unterminated string literal.");
    }
}
