/// Copies of `themes/*.toml`, so the reader has its themes wherever it runs (regenerate with
/// scripts/gen-builtin-theme; a test keeps them equal to the files). The first is the default.
enum BuiltinTheme {
    static let files: [(name: String, text: String)] = [
        ("dark.toml", """
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

"""),
        ("light.toml", """
# Dubao theme "light": for light terminal backgrounds.
name = "light"

[text]
fg = "#1c1c1c"
bg = "#fdfdf8"

[dim]
fg = 243

[title]
fg = "#870000"
bold = true

[headline]
fg = "#870000"
bold = true

[kicker]
fg = "#005f87"

[subheadline]
fg = "#5f5f00"

[byline]
fg = "#005f00"

[intertitle]
fg = "#af5f00"
bold = true

[caption]
fg = "#5f5f87"
italic = true

[signature]
fg = "#005f00"

[mark]
fg = "#008787"

[section]
fg = "#875f00"
bold = true

[column]
fg = "#5f5f00"

[selection]
fg = "#ffffff"
bg = "#005f87"

[selectionInactive]
fg = "#1c1c1c"
bg = 252

[border]
fg = 248

[status]
fg = "#1c1c1c"
bg = 253

[statusKey]
fg = "#870000"
bg = 253
bold = true

[searchHit]
fg = "#000000"
bg = "#ffd75f"

[read]
fg = 245

[bookmark]
fg = "#d75f00"
bold = true

[help]
fg = "#1c1c1c"
bg = 255

[warning]
fg = "#d70000"
bold = true

"""),
        ("high-contrast.toml", """
# Dubao theme "high-contrast": the sixteen base colours at full strength, bold where it helps.
name = "high-contrast"

[text]
fg = "bright-white"
bg = "black"

[dim]
fg = "white"
bg = "black"

[title]
fg = "bright-yellow"
bg = "black"
bold = true

[headline]
fg = "bright-yellow"
bg = "black"
bold = true

[kicker]
fg = "bright-cyan"
bg = "black"

[subheadline]
fg = "bright-white"
bg = "black"
bold = true

[byline]
fg = "bright-green"
bg = "black"

[intertitle]
fg = "bright-yellow"
bg = "black"
bold = true
underline = true

[caption]
fg = "bright-cyan"
bg = "black"

[signature]
fg = "bright-green"
bg = "black"

[mark]
fg = "bright-magenta"
bg = "black"

[section]
fg = "bright-yellow"
bg = "black"
bold = true

[column]
fg = "bright-cyan"
bg = "black"

[selection]
fg = "black"
bg = "bright-yellow"
bold = true

[selectionInactive]
fg = "black"
bg = "white"

[border]
fg = "bright-white"
bg = "black"

[status]
fg = "black"
bg = "bright-white"

[statusKey]
fg = "black"
bg = "bright-yellow"
bold = true

[searchHit]
fg = "black"
bg = "bright-green"
bold = true

[read]
fg = "white"
bg = "black"

[bookmark]
fg = "bright-red"
bg = "black"
bold = true

[help]
fg = "bright-white"
bg = "blue"

[warning]
fg = "bright-red"
bg = "black"
bold = true

"""),
        ("mono.toml", """
# Dubao theme "mono": no colours at all, only bold, underline and reverse.
name = "mono"

[text]

[dim]
dim = true

[title]
bold = true

[headline]
bold = true

[kicker]
underline = true

[subheadline]

[byline]
dim = true

[intertitle]
bold = true

[caption]
italic = true

[signature]

[mark]
dim = true

[section]
bold = true

[column]

[selection]
reverse = true

[selectionInactive]
underline = true

[border]

[status]
reverse = true

[statusKey]
reverse = true
bold = true

[searchHit]
reverse = true
bold = true

[read]
dim = true

[bookmark]
bold = true

[help]

[warning]
bold = true

"""),
    ]

    static var dark: String { files[0].text }
}
