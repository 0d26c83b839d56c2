#pragma once

#include <QChar>

#include <array>
#include <cstdint>

namespace hcloud::sim::consolefont {

// The simulated console's bitmap font: 5x8 dots per glyph (row 7 holds
// descenders), printable ASCII only. Drawn by hand for this project.
constexpr int kDotsWide = 5;
constexpr int kDotsHigh = 8;

// One glyph: a row per entry, bit 4 is the leftmost dot. Characters outside
// printable ASCII get the glyph of '?'.
std::array<std::uint8_t, kDotsHigh> glyph(QChar ch);

} // namespace hcloud::sim::consolefont
