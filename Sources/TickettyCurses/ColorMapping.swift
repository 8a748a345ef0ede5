import TickettyUI

/// Maps a theme's colours to the colour numbers the terminal actually has.
///
/// Themes may use the 256 indexed colours; on a terminal with 8 or 16 colours each one becomes
/// the nearest ANSI colour (by the xterm palette), so a theme never shows up as all-default.
struct ColorMapping: Hashable, Sendable {
    /// How many colours the terminal reports (`COLORS`): 8, 16, 88, 256 or more.
    let colorCount: Int

    init(colorCount: Int) {
        self.colorCount = colorCount
    }

    /// The curses colour number for `color`; -1 is the terminal's default (with `use_default_colors`).
    func number(for color: TerminalColor) -> Int16 {
        switch color {
        case .default:
            return -1
        case .ansi(let index):
            return Int16(ansi(index & 15))
        case .indexed(let index):
            if colorCount >= 256 || Int(index) < min(colorCount, 16) { return Int16(index) }
            return Int16(Self.nearest(to: index, among: colorCount >= 16 ? 16 : 8))
        }
    }

    /// Whether a foreground colour lost its brightness in the mapping, so bold should stand in
    /// for it (what 8-colour terminals have always done).
    func needsBoldForBrightness(_ color: TerminalColor) -> Bool {
        guard colorCount < 16 else { return false }
        switch color {
        case .ansi(let index): return index & 15 >= 8
        case .indexed(let index): return index >= 8 && index < 16
        case .default: return false
        }
    }

    private func ansi(_ index: UInt8) -> UInt8 {
        colorCount >= 16 ? index : index & 7
    }

    /// The ANSI colour (0..<count) closest to indexed colour `index` in RGB space.
    static func nearest(to index: UInt8, among count: Int) -> UInt8 {
        let target = rgb(of: index)
        var best: UInt8 = 0
        var bestDistance = Int.max
        for candidate in 0..<UInt8(min(count, 16)) {
            let distance = squaredDistance(rgb(of: candidate), target)
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// The xterm palette's RGB for an indexed colour: 16 system colours, a 6×6×6 cube, 24 greys.
    static func rgb(of index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return systemColors[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + (Int(index) - 232) * 10
            return RGB(grey, grey, grey)
        }
    }

    private static func squaredDistance(_ a: RGB, _ b: RGB) -> Int {
        let red = a.red - b.red, green = a.green - b.green, blue = a.blue - b.blue
        // Weighted like the eye: green counts most, blue least.
        return 3 * red * red + 4 * green * green + 2 * blue * blue
    }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    private static let systemColors: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// A colour's red, green and blue, 0–255 each.
    struct RGB: Hashable, Sendable {
        var red: Int, green: Int, blue: Int
        init(_ red: Int, _ green: Int, _ blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }
}
