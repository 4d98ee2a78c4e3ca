namespace TopLeft.PsaSimulator.ConnectWise.Conditions;

internal enum CwTokenKind
{
    Word,
    String,
    Number,
    Date,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    End,
}

internal readonly record struct CwConditionToken(CwTokenKind Kind, string Text, int Position);
