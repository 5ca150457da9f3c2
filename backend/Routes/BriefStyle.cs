namespace Maps.Api.Routes;

/// <summary>
/// The brief's stylesheet: one A4 page, small but legible type, the map on top, sources in two columns.
/// </summary>
public static class BriefStyle
{
    // The longest rules, named so that the sheet's lines stay short and its text stays as it was.
    private const string TableCells = ".brief-table th, .brief-table td { border-bottom: 0.3mm solid #ccc; " +
        "padding: 0.8mm 1mm; text-align: left; vertical-align: top; }";

    private const string RowHeads = ".brief-table tbody th, .brief-table thead th:first-child { width: 24mm; " +
        "font-weight: 600; overflow-wrap: anywhere; hyphens: auto; }";

    private const string Screen = "@media screen { body { background: #eee; } " +
        ".brief { background: #fff; margin: 4mm auto; box-shadow: 0 0 2mm #999; } }";

    public const string Css = $$"""
        @page { size: A4; margin: 8mm; }
        * { box-sizing: border-box; }
        body { font: 9pt/1.3 system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #1b1b1b; margin: 0; }
        .brief { max-width: 194mm; margin: 0 auto; padding: 0; }
        h1 { font-size: 14pt; margin: 0 0 1mm; }
        h2 { font-size: 8pt; margin: 1.5mm 0 0.5mm; }
        .meta { margin: 0 0 2mm; color: #444; font-size: 8pt; word-break: break-all; }
        figure { margin: 0; }
        .brief-map { display: block; width: 100%; max-height: 38mm; }
        figcaption { font-size: 6.5pt; color: #555; }
        .brief-table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-top: 2mm; font-size: 7pt; }
        {{TableCells}}
        .brief-table thead th { border-bottom: 0.5mm solid #333; }
        {{RowHeads}}
        .swatch { width: 8mm; height: 2mm; vertical-align: middle; }
        .figures { display: block; font-size: 5.5pt; line-height: 1.15; color: #333; }
        .notes ul { margin: 0; padding-left: 4mm; font-size: 5pt; line-height: 1.2; }
        .sources ol { margin: 0; padding-left: 5mm; columns: 4; column-gap: 3mm; font-size: 5pt; line-height: 1.15; }
        .sources li { break-inside: avoid; }
        a { color: #0b5394; text-decoration: none; }
        {{Screen}}
        """;
}
