#include "ui/detailsform.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hcloud {

QScrollArea *layOutDetails(QWidget *view, QFormLayout *form, QLabel *empty)
{
    auto *inner = new QWidget(view);
    inner->setLayout(form);
    auto *scroll = new QScrollArea(view);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(empty);
    layout->addWidget(scroll);
    return scroll;
}

} // namespace hcloud
