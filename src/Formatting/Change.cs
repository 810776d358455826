using StatiqReport.Localisation;
using StatiqReport.Model;

namespace StatiqReport.Formatting;

/// <summary>Whether a change is an improvement, judged by the metric's <c>better</c> direction.</summary>
public enum Direction { Improved, Worsened, Unchanged }

/// <summary>
/// A year-on-year change, computed right for the unit: percentage points for percent metrics,
/// per cent change for money and counts, and for any other unit (tonnes, hours) both the difference
/// in that unit and the per cent, because readers expect the per cent and the unit says what it is of;
/// direction judged by <see cref="Better"/>.
/// </summary>
public sealed record Change(double From, double To, Period FromPeriod, Period ToPeriod, string Unit, Better Better)
{
    public double Difference => To - From;
    public Direction Direction => Difference == 0 ? Direction.Unchanged
        : (Difference > 0) == (Better == Better.Up) ? Direction.Improved : Direction.Worsened;

    /// <summary>
    /// "+6.3 percentage points", "+12.5%", "−2,470 tonnes CO2e (−4.8%)", or only the difference when the
    /// start is zero (a per cent of nothing means nothing).
    /// </summary>
    public string Amount(Strings s) => Amount(s, "{0} ({1})");

    /// <param name="both">How the difference and the per cent are joined: in a sentence that already
    /// puts the amount in brackets, a second pair would nest.</param>
    private string Amount(Strings s, string both)
    {
        var sign = Difference > 0 ? "+" : Difference < 0 ? "−" : "";
        if (Unit == "percent")
            return s.P("change.points", Math.Abs(Math.Round(Difference, 2, MidpointRounding.AwayFromZero)), ("sign", sign));
        // Against the size of the start, so a fall is a minus whatever the start's sign.
        var perCent = From == 0 ? null : $"{sign}{NumberFormatter.Plain(Math.Abs(Difference / From * 100), 1)}%";
        if (perCent is not null && Unit is "gbp" or "count") return perCent;
        var absolute = sign + NumberFormatter.Format(Math.Abs(Difference), Unit);
        return perCent is null ? absolute : string.Format(System.Globalization.CultureInfo.InvariantCulture, both, absolute, perCent);
    }

    /// <summary>"rose from 17.25% in 2021/22 to 23.5% in 2023/24 (+6.25 percentage points), an improvement".</summary>
    public string Sentence(Strings s)
    {
        var from = NumberFormatter.Format(From, Unit);
        var to = NumberFormatter.Format(To, Unit);
        if (Difference == 0) return s.F("change.stayed", ("value", to), ("from-period", FromPeriod.Display), ("to-period", ToPeriod.Display));
        var key = (Difference > 0 ? "change.rose" : "change.fell") + (Direction == Direction.Improved ? "-better" : "-worse");
        return s.F(key, ("from", from), ("to", to), ("from-period", FromPeriod.Display), ("to-period", ToPeriod.Display), ("amount", Amount(s, "{0}, {1}")));
    }

    /// <summary>A short label with a symbol and words, never colour alone: "▲ +12.5% since 2022/23, better".</summary>
    public string Badge(Strings s) => Direction switch
    {
        Direction.Unchanged => s["change.none"],
        _ => s.F(Direction == Direction.Improved ? "change.badge-better" : "change.badge-worse",
            ("symbol", Difference > 0 ? "▲" : "▼"), ("amount", Amount(s)), ("period", FromPeriod.Display)),
    };
}
