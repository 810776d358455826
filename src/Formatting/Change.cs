using StatiqReport.Model;

namespace StatiqReport.Formatting;

/// <summary>Whether a change is an improvement, judged by the metric's <c>better</c> direction.</summary>
public enum Direction { Improved, Worsened, Unchanged }

/// <summary>
/// A year-on-year change, computed right for the unit: percentage points for percent metrics,
/// per cent change for money and counts; direction judged by <see cref="Better"/>.
/// </summary>
public sealed record Change(double From, double To, Period FromPeriod, Period ToPeriod, string Unit, Better Better)
{
    public double Difference => To - From;
    public Direction Direction => Difference == 0 ? Direction.Unchanged
        : (Difference > 0) == (Better == Better.Up) ? Direction.Improved : Direction.Worsened;

    /// <summary>"+6.3 percentage points", "+12.5%", or the absolute change when the start is zero.</summary>
    public string Amount
    {
        get
        {
            var sign = Difference > 0 ? "+" : Difference < 0 ? "−" : "";
            if (Unit == "percent")
            {
                var pp = NumberFormatter.Plain(Math.Abs(Difference), 2);
                return $"{sign}{pp} percentage point{(Math.Abs(Difference) == 1 ? "" : "s")}";
            }
            if (From != 0 && Unit is "gbp" or "count")
                return $"{sign}{NumberFormatter.Plain(Math.Abs(Difference / From * 100), 1)}%";
            return sign + NumberFormatter.Format(Math.Abs(Difference), Unit);
        }
    }

    /// <summary>"rose from 17.25% in 2021/22 to 23.5% in 2023/24 (+6.25 percentage points), an improvement".</summary>
    public string Sentence
    {
        get
        {
            var from = NumberFormatter.Format(From, Unit);
            var to = NumberFormatter.Format(To, Unit);
            if (Difference == 0) return $"stayed at {to} from {FromPeriod.Display} to {ToPeriod.Display}";
            var verb = Difference > 0 ? "rose" : "fell";
            var judgement = Direction == Direction.Improved ? "an improvement" : "a worsening";
            return $"{verb} from {from} in {FromPeriod.Display} to {to} in {ToPeriod.Display} ({Amount}), {judgement}";
        }
    }

    /// <summary>A short label with a symbol and words, never colour alone: "▲ +12.5%, improved".</summary>
    public string Badge => Direction switch
    {
        Direction.Unchanged => "No change",
        _ => $"{(Difference > 0 ? "▲" : "▼")} {Amount} since {FromPeriod.Display}, {(Direction == Direction.Improved ? "better" : "worse")}",
    };
}
