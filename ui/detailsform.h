#pragma once

class QFormLayout;
class QLabel;
class QScrollArea;
class QWidget;

namespace hcloud {

// Lays out a details view: `empty` (shown while nothing is selected) above
// the form, which scrolls. Returns the scroll area, to show or hide.
QScrollArea *layOutDetails(QWidget *view, QFormLayout *form, QLabel *empty);

} // namespace hcloud
