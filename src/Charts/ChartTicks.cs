namespace StatiqReport.Charts;

/// <summary>Axis ticks at round numbers (1, 2 or 5 times a power of ten), at most a given count.</summary>
internal static class ChartTicks
{
    /// <summary>The tick values inside [low, high], at most <paramref name="maxCount"/>, or fewer when <paramref name="fits"/> says their labels would collide.</summary>
    public static List<double> Between(double low, double high, int maxCount, Func<List<double>, bool>? fits = null)
    {
        var step = Nice((high - low) / maxCount);
        while (true)
        {
            var ticks = new List<double>();
            var first = Math.Ceiling(low / step - 1e-9);
            for (var k = first; k * step <= high + step * 1e-9; k++)
                ticks.Add(Math.Abs(k) < 1e-12 ? 0 : k * step); // exactly 0, never -0
            if (ticks.Count <= 1 || fits is null || fits(ticks)) return ticks;
            step = Nice(step * 1.5);
        }
    }

    /// <summary>The smallest of 1, 2 and 5 times a power of ten that is at least <paramref name="raw"/>.</summary>
    private static double Nice(double raw)
    {
        if (raw <= 0 || double.IsNaN(raw) || double.IsInfinity(raw)) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        foreach (var m in new[] { 1.0, 2, 5, 10 })
            if (m * magnitude >= raw * (1 - 1e-9)) return m * magnitude;
        return 10 * magnitude;
    }
}
