// SPDX-License-Identifier: Apache-2.0
#include "cloud.h"

#include <algorithm>

namespace sched {

namespace {
constexpr std::array<std::string_view, kResourceCount> kResourceKeys{"vcpus", "ram_mb", "disk_gb"};
constexpr std::array<std::string_view, 3> kStateKeys{"enabled", "maintenance", "disabled"};

std::string_view trimmed(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}
} // namespace

std::string_view resourceKey(Resource r) { return kResourceKeys[std::size_t(r)]; }

std::optional<Resource> resourceFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kResourceKeys.size(); ++i)
        if (kResourceKeys[i] == key)
            return Resource(i);
    return std::nullopt;
}

std::string_view podStateKey(PodState s) { return kStateKeys[std::size_t(s)]; }

std::optional<PodState> podStateFromKey(std::string_view key)
{
    for (std::size_t i = 0; i < kStateKeys.size(); ++i)
        if (kStateKeys[i] == key)
            return PodState(i);
    return std::nullopt;
}

std::string groupKey(const TagSet &tags)
{
    std::string out;
    for (const Tag &t : tags) {
        if (!out.empty())
            out += ',';
        out += t.key;
        out += ':';
        out += t.value;
    }
    return out;
}

bool normaliseTags(TagSet &tags)
{
    std::sort(tags.begin(), tags.end());
    for (std::size_t i = 0; i < tags.size(); ++i) {
        if (tags[i].key.empty() || (i > 0 && tags[i].key == tags[i - 1].key))
            return false;
    }
    return true;
}

std::optional<TagSet> parseGroup(std::string_view text)
{
    TagSet tags;
    text = trimmed(text);
    while (!text.empty()) {
        const auto comma = text.find(',');
        const std::string_view part = trimmed(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
        const auto colon = part.find(':');
        if (colon == std::string_view::npos)
            return std::nullopt;
        Tag tag{std::string(trimmed(part.substr(0, colon))), std::string(trimmed(part.substr(colon + 1)))};
        tags.push_back(std::move(tag));
        if (comma != std::string_view::npos && trimmed(text).empty())
            return std::nullopt; // trailing comma
    }
    if (!normaliseTags(tags))
        return std::nullopt;
    return tags;
}

const Pod *CloudState::findPod(std::string_view id) const
{
    for (const Pod &p : pods)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Pod *CloudState::findPodByName(std::string_view name) const
{
    for (const Pod &p : pods)
        if (p.name == name)
            return &p;
    return nullptr;
}

} // namespace sched
