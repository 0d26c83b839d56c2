#pragma once

class QDialog;

namespace hcloud {

// Opens the dialog at a size that shows its content: when first shown, line
// edits get the width of their text or placeholder (up to 80 characters),
// tables that of their columns, and the dialog grows to hold them, within
// the screen.
void fitToContentOnShow(QDialog *dialog);

} // namespace hcloud
