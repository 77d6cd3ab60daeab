// SPDX-License-Identifier: Apache-2.0
#pragma once

// A non-modal strip above the pages: background failures (red), a read-only
// snapshot (amber) or a partial outcome with the action that finishes it
// (a button). It never blocks; the operator closes it or acts on it.

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace gui {

class NoticeBanner final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Info }; // Info: news, e.g. another operator's change

    explicit NoticeBanner(QWidget *parent = nullptr);

    // `actionText` empty: no action button.
    void showNotice(Kind kind, const QString &text, const QString &actionText = {},
                    std::function<void()> action = {});
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    Kind m_kind = Kind::Error;
    std::function<void()> m_callback;
};

} // namespace gui
