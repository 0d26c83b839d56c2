#pragma once

#include <QString>

namespace hcloud::keysyms {

// X11 keysyms, as RFB's key events carry them.
constexpr quint32 kBackSpace = 0xff08;
constexpr quint32 kTab = 0xff09;
constexpr quint32 kReturn = 0xff0d;
constexpr quint32 kEscape = 0xff1b;
constexpr quint32 kDelete = 0xffff;
constexpr quint32 kShiftL = 0xffe1;
constexpr quint32 kControlL = 0xffe3;
constexpr quint32 kAltL = 0xffe9;
constexpr quint32 kSuperL = 0xffeb;
constexpr quint32 kF1 = 0xffbe;
constexpr quint32 kPrint = 0xff61;

// The keysym for a key event: named keys by their Qt::Key, everything else
// by the text it produced, so the local layout decides what a key types and
// the remote side gets the character itself. 0 when there is none.
quint32 forKey(int qtKey, const QString &text);

// The keysym that types this character (Latin-1 directly, the rest as
// Unicode keysyms); '\n' is Return, '\t' Tab. 0 for other controls.
quint32 forCharacter(QChar ch);

} // namespace hcloud::keysyms
