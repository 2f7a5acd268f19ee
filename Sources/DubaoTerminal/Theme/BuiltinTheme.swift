/// A copy of `themes/dark.toml`, so the reader has its default theme wherever it runs
/// (regenerate with scripts/gen-builtin-theme; a test keeps the two equal).
enum BuiltinTheme {
    static let dark = """
# Dubao theme "dark": the default, for dark terminal backgrounds.
name = "dark"

[text]
fg = "default"

[dim]
fg = 245

[title]
fg = "#ffd787"
bold = true

[headline]
fg = "#ffd787"
bold = true

[kicker]
fg = "#87afd7"

[subheadline]
fg = "#d7d7af"

[byline]
fg = "#87af87"

[intertitle]
fg = "#ffaf5f"
bold = true

[caption]
fg = "#afafd7"
italic = true

[signature]
fg = "#87af87"

[mark]
fg = "#5fafaf"

[section]
fg = "#d7af5f"
bold = true

[column]
fg = "#afaf87"

[selection]
fg = "#000000"
bg = "#87afd7"

[selectionInactive]
fg = "default"
bg = 238

[border]
fg = 240

[status]
fg = "#d0d0d0"
bg = 236

[statusKey]
fg = "#ffd787"
bg = 236
bold = true

[searchHit]
fg = "#000000"
bg = "#ffd75f"

[read]
fg = 244

[bookmark]
fg = "#ff875f"
bold = true

[help]
fg = "default"
bg = 235

[warning]
fg = "#ff5f5f"
bold = true

"""
}
