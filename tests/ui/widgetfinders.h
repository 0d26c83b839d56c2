#pragma once

// Finding what a user would click in widget tests.

#include <QAbstractButton>
#include <QMessageBox>
#include <QWidget>

namespace testing {

// The shown child of that type (a dialog opened with open(), say).
template <typename T>
T *visibleChild(QWidget *parent)
{
    for (T *w : parent->findChildren<T *>()) {
        if (w->isVisible())
            return w;
    }
    return nullptr;
}

// The "Remove"/"Delete" button of a confirmation.
inline QAbstractButton *destructiveButton(QMessageBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::DestructiveRole)
            return b;
    }
    return nullptr;
}

} // namespace testing
