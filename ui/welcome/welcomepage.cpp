#include "ui/welcome/welcomepage.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hcloud {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(tr("&Add a project…"), this))
    , m_import(new QPushButton(tr("&Import from the hcloud CLI…"), this))
    , m_demo(new QPushButton(tr("Try the &demo"), this))
{
    setAccessibleName(tr("Welcome"));
    auto *title = new QLabel(tr("Welcome to hcloud-desktop"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);

    m_add->setAccessibleDescription(tr("Name a project and paste one of its API tokens."));
    m_import->setAccessibleDescription(tr("Take the contexts and tokens the hcloud command line tool already has."));
    m_demo->setAccessibleDescription(tr("Open a second window on a simulated cloud; nothing real is touched."));

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(14);
    grid->addWidget(m_add, 0, 0, Qt::AlignTop);
    grid->addWidget(wrapped(tr("Give the project a name and paste an API token. Create the token in the Hetzner "
                               "Console › your project › Security › API tokens; choose Read & Write to change "
                               "things from here. The token goes to your system keychain; only its first 32 "
                               "characters are ever shown."),
                            this),
                    0, 1);
    grid->addWidget(m_import, 1, 0, Qt::AlignTop);
    grid->addWidget(wrapped(tr("Already use the hcloud command line tool? Take its contexts as projects, with "
                               "their tokens moved to the keychain."),
                            this),
                    1, 1);
    grid->addWidget(m_demo, 2, 0, Qt::AlignTop);
    m_demoText = wrapped(tr("Look around first: a simulated cloud with a few projects, in a window of its own. "
                            "No account, network or keychain is used."),
                         this);
    grid->addWidget(m_demoText, 2, 1);

    auto *box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(wrapped(tr("hcloud-desktop shows the servers, volumes, networks and the rest of your Hetzner "
                              "Cloud projects in one window. Start with one of these:"),
                           this));
    box->addSpacing(12);
    box->addLayout(grid);

    // Centred and no wider than reads comfortably.
    auto *outer = new QGridLayout(this);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);
    auto *middle = new QWidget(this);
    middle->setLayout(box);
    middle->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    outer->addWidget(middle, 1, 1);

    connect(m_add, &QPushButton::clicked, this, &WelcomePage::addProjectRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demo->setVisible(available);
    m_demoText->setVisible(available);
}

} // namespace hcloud
