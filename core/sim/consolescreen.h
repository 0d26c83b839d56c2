#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hcloud::sim {

// The text a simulated server shows on its console, 80 x 25 characters,
// and its pixels in the console font: each dot is 2 x 2 pixels in a cell
// of 12 x 20, so the framebuffer is 960 x 500. Light grey on black.
class ConsoleScreen
{
public:
    static constexpr int kColumns = 80;
    static constexpr int kRows = 25;
    static constexpr int kCellWidth = 12;
    static constexpr int kCellHeight = 20;
    static constexpr int kWidth = kColumns * kCellWidth;
    static constexpr int kHeight = kRows * kCellHeight;
    static constexpr quint32 kForeground = 0xC0C0C0;  // 0xRRGGBB
    static constexpr quint32 kBackground = 0x000000;

    ConsoleScreen();

    // Writes at the cursor: '\n' starts a line, scrolling at the bottom.
    void write(const QString &text);
    // Removes the character before the cursor on the current line.
    void backspace();
    void clear();

    const QStringList &lines() const { return m_lines; }
    int cursorRow() const { return m_row; }
    int cursorColumn() const { return m_column; }

    // One pixel as 0xRRGGBB; the cursor is an underline in its cell.
    quint32 pixel(int x, int y) const;
    // Pixels x .. x + count - 1 of row y, faster than pixel() one by one.
    void scanline(int y, int x, int count, quint32 *out) const;

    // Grows each time the row changes, so each viewer knows what it has
    // not yet sent.
    quint64 rowVersion(int row) const { return m_versions.at(row); }

private:
    void newline();
    void touch(int row);

    QStringList m_lines;
    int m_row = 0;
    int m_column = 0;
    QVector<quint64> m_versions = QVector<quint64>(kRows, 1);
};

} // namespace hcloud::sim
