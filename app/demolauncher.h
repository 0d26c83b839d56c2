#pragma once

#include <QString>

namespace hcloud {
class MainWindow;

// The demo's window over a DemoSession that lives as long as the window
// (closed: both go). Null, with *error set, when the simulator cannot start.
MainWindow *openDemoWindow(QString *error);

} // namespace hcloud
