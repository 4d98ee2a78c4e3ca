using System.Text.RegularExpressions;

namespace TopLeft.PsaSimulator.Faults;

/// <summary>Holds the fault rules and decides, per call, which one fires. Probabilities use a seeded random.</summary>
internal sealed class FaultController(int seed)
{
    private static readonly FaultKind[] DeliveryKinds = [FaultKind.DuplicateDelivery, FaultKind.ReorderDelivery, FaultKind.DelayDelivery, FaultKind.CorruptSignature];
    private readonly Lock sync = new();
    private readonly List<FaultRule> rules = [];
    private readonly Random random = new(seed);
    private int nextId;

    public FaultRule Add(FaultRule rule)
    {
        lock (sync)
        {
            rule.Id ??= $"fault-{++nextId}";
            rules.Add(rule);
            return rule;
        }
    }

    public bool Remove(string id)
    {
        lock (sync)
        {
            return rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    public void Clear()
    {
        lock (sync)
        {
            rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Snapshot()
    {
        lock (sync)
        {
            return [.. rules];
        }
    }

    public FaultRule? MatchRequest(FaultPsa psa, string method, string path) => Match(psa, method, path, delivery: false);

    public FaultRule? MatchDelivery(FaultPsa psa, string url) => Match(psa, "POST", url, delivery: true);

    private FaultRule? Match(FaultPsa psa, string method, string path, bool delivery)
    {
        lock (sync)
        {
            foreach (var rule in rules)
            {
                if (DeliveryKinds.Contains(rule.Kind) != delivery
                    || (rule.Psa != FaultPsa.Any && rule.Psa != psa)
                    || (rule.Method is not null && !rule.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
                    || !Glob(rule.Path, path)
                    || rule.Count is <= 0)
                {
                    continue;
                }

                rule.Seen++;
                if (rule.Seen <= rule.SkipFirst || (rule.Probability < 1 && random.NextDouble() >= rule.Probability))
                {
                    continue;
                }

                rule.Count--;
                rule.Fired++;
                return rule;
            }

            return null;
        }
    }

    private static bool Glob(string pattern, string text) =>
        pattern == "*" || Regex.IsMatch(text, "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
