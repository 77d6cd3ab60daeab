// SPDX-License-Identifier: Apache-2.0
#include "noticebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include <utility>

namespace gui {

NoticeBanner::NoticeBanner(QWidget *parent)
    : QWidget(parent), m_text(new QLabel(this)), m_action(new QPushButton(this)), m_close(new QPushButton(this))
{
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(tr("Dismiss", "notice banner"));
    m_close->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto callback = m_callback;
        clear();
        if (callback)
            callback();
    });
    connect(m_close, &QPushButton::clicked, this, &NoticeBanner::clear);
    setVisible(false);
}

void NoticeBanner::showNotice(Kind kind, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_kind = kind;
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    // Background and text colour per kind: red, amber, blue.
    using Colours = std::pair<QColor, QColor>;
    const auto [background, foreground] =
        kind == Kind::Error     ? Colours(QColor(0xf8, 0xd7, 0xd5), QColor(0x6b, 0x15, 0x10))
        : kind == Kind::Warning ? Colours(QColor(0xff, 0xf1, 0xc2), QColor(0x5c, 0x43, 0x00))
                                : Colours(QColor(0xdd, 0xeb, 0xf7), QColor(0x0b, 0x3a, 0x63));
    setStyleSheet(QStringLiteral("gui--NoticeBanner { background: %1; } QLabel { color: %2; }")
                      .arg(background.name(), foreground.name()));
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    setPalette(p);
    setVisible(true);
}

void NoticeBanner::clear()
{
    m_callback = {};
    m_text->clear();
    setVisible(false);
}

QString NoticeBanner::text() const { return m_text->text(); }

} // namespace gui
