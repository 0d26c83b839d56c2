#include "ui/console/consolewindow.h"

#include "core/console/consolesession.h"
#include "core/console/keysyms.h"
#include "core/console/keystroketyper.h"
#include "ui/console/consoleview.h"
#include "core/models/resourcelistmodel.h"
#include "core/projects/projectsession.h"
#include "core/resources/serverstatus.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QVBoxLayout>

#include <map>

namespace hcloud {

namespace {
// Open windows by project session and server.
std::map<std::pair<const ProjectSession *, qint64>, QPointer<ConsoleWindow>> &openWindows()
{
    static std::map<std::pair<const ProjectSession *, qint64>, QPointer<ConsoleWindow>> windows;
    return windows;
}
} // namespace

ConsoleWindow *ConsoleWindow::open(ProjectSession *session, qint64 serverId, const QString &serverName)
{
    QPointer<ConsoleWindow> &slot = openWindows()[{session, serverId}];
    if (!slot) {
        slot = new ConsoleWindow(session, serverId, serverName);
        slot->setAttribute(Qt::WA_DeleteOnClose);
        slot->show();
        slot->console()->start();
    }
    slot->raise();
    slot->activateWindow();
    return slot;
}

ConsoleWindow::ConsoleWindow(ProjectSession *session, qint64 serverId, const QString &serverName, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_console(new ConsoleSession(session, serverId, serverName, this))
    , m_view(new ConsoleView(m_console))
    , m_scroll(new QScrollArea)
    , m_bannerBox(new QWidget)
    , m_banner(new QLabel)
    , m_reconnect(new QPushButton(tr("&Reconnect")))
    , m_status(new QLabel)
    , m_serverName(serverName)
{
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAlignment(Qt::AlignCenter);

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_reconnect);
    m_bannerBox->setAutoFillBackground(true);
    m_bannerBox->setBackgroundRole(QPalette::ToolTipBase);
    m_bannerBox->hide();
    connect(m_reconnect, &QPushButton::clicked, m_console, &ConsoleSession::reconnect);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bannerBox);
    layout->addWidget(m_scroll, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);

    buildMenus();
    connect(m_console, &ConsoleSession::stateChanged, this, &ConsoleWindow::stateChanged);
    if (session) {
        connect(session, &ProjectSession::refreshed, this, &ConsoleWindow::serverChanged);
        serverChanged();
    }
    stateChanged();
    resize(980, 600);
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::buildMenus()
{
    QMenu *console = menuBar()->addMenu(tr("&Console"));
    m_reconnectAction = console->addAction(tr("&Reconnect"), m_console, &ConsoleSession::reconnect);
    console->addSeparator();
    console->addAction(tr("&Close"), this, &QWidget::close);

    QMenu *keys = m_keys = menuBar()->addMenu(tr("&Keys"));
    m_paste = keys->addAction(tr("&Paste as Keystrokes"), this, &ConsoleWindow::pasteAsKeystrokes);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    keys->addSeparator();
    using namespace keysyms;
    auto combination = [this, keys](const QString &text, const QVector<quint32> &syms, QMenu *menu = nullptr) {
        return (menu ? menu : keys)->addAction(text, this, [this, syms] { m_console->sendCombination(syms); });
    };
    m_ctrlAltDel = combination(tr("Ctrl+Alt+Del"), {kControlL, kAltL, kDelete});
    QMenu *terminals = keys->addMenu(tr("Ctrl+Alt+&F1–F12"));
    for (int i = 0; i < 12; ++i)
        combination(tr("Ctrl+Alt+F%1").arg(i + 1), {kControlL, kAltL, kF1 + quint32(i)}, terminals);
    combination(tr("Ctrl+Alt+Backspace"), {kControlL, kAltL, kBackSpace});
    combination(tr("Alt+Tab"), {kAltL, kTab});
    combination(tr("Alt+F4"), {kAltL, kF1 + 3});
    combination(tr("Ctrl+Esc"), {kControlL, kEscape});
    combination(tr("Super (Windows key)"), {kSuperL});
    combination(tr("Print Screen"), {kPrint});
    combination(tr("Alt+SysRq"), {kAltL, 0xff15});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *sizes = new QActionGroup(this);
    QAction *scaled = view->addAction(tr("&Scale to Window"), this, [this] { m_view->setScaled(true); });
    QAction *actual = view->addAction(tr("&Actual Size"), this, [this] { m_view->setScaled(false); });
    for (QAction *a : {scaled, actual}) {
        a->setCheckable(true);
        sizes->addAction(a);
    }
    scaled->setChecked(true);
}

void ConsoleWindow::pasteAsKeystrokes()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        m_status->setText(tr("The clipboard holds no text."));
        return;
    }
    m_console->typeText(text);
    m_view->setFocus();
}

void ConsoleWindow::stateChanged()
{
    const ConsoleSession::State state = m_console->state();
    const bool connected = state == ConsoleSession::State::Connected;
    m_keys->setEnabled(connected);
    m_reconnectAction->setEnabled(m_console->canReconnect());
    m_bannerBox->setVisible(m_console->canReconnect());
    m_banner->setText(m_console->message());
    m_reconnect->setEnabled(m_console->canReconnect());
    switch (state) {
    case ConsoleSession::State::Idle: m_status->setText(QString()); break;
    case ConsoleSession::State::Requesting: m_status->setText(tr("Asking the API for console access…")); break;
    case ConsoleSession::State::Connecting: m_status->setText(tr("Connecting to the console…")); break;
    case ConsoleSession::State::Connected:
        m_status->setText(tr("Connected. The keyboard goes to the server while the pointer is over the screen."));
        m_view->setFocus();
        break;
    case ConsoleSession::State::Disconnected: m_status->setText(tr("Disconnected.")); break;
    case ConsoleSession::State::Failed: m_status->setText(tr("Not connected.")); break;
    }
    updateTitle();
}

void ConsoleWindow::serverChanged()
{
    if (!m_session || !m_session->servers())
        return;
    const ResourceListModel *servers = m_session->servers();
    const int row = servers->rowOfKey(m_console->serverId());
    if (row < 0)
        return;
    const QJsonObject server = servers->rowAt(row)->object();
    m_serverName = server.value(QLatin1String("name")).toString(m_serverName);
    m_serverStatus = server.value(QLatin1String("status")).toString();
    updateTitle();
}

void ConsoleWindow::updateTitle()
{
    QString connection;
    switch (m_console->state()) {
    case ConsoleSession::State::Connected: connection = tr("connected"); break;
    case ConsoleSession::State::Requesting:
    case ConsoleSession::State::Connecting: connection = tr("connecting"); break;
    default: connection = tr("not connected"); break;
    }
    const QString status = m_serverStatus.isEmpty() ? QString() : serverStatusText(m_serverStatus);
    setWindowTitle(status.isEmpty() ? tr("%1 — Console (%2)").arg(m_serverName, connection)
                                    : tr("%1 — Console (%2, %3)").arg(m_serverName, status, connection));
}

} // namespace hcloud
