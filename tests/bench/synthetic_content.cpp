#include "synthetic_content.hpp"

#include <kinetic/content_loader.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace kinetic::bench {

namespace {

using nlohmann::json;

/// Renames the ids of one copy: copy 0 keeps them, copy k appends `_sK`.
class Renamer {
public:
    explicit Renamer(int copy)
        : m_suffix(copy == 0 ? std::string() : "_s" + std::to_string(copy)) {}

    void id(json& value) const {
        if (value.is_string()) {
            value = value.get<std::string>() + m_suffix;
        }
    }
    void ids(json& list) const {
        for (json& value : list) {
            id(value);
        }
    }
    /// `key` of each object in `list`.
    void idsIn(json& list, const char* key) const {
        for (json& item : list) {
            if (item.contains(key)) {
                id(item[key]);
            }
        }
    }

private:
    std::string m_suffix;
};

/// What each file's items refer to, besides their own `id` and `sources`.
void renameItem(std::string_view file, json& item, const Renamer& rename) {
    if (file == "regions.json") {
        rename.id(item["base"]);
        const std::string side = item["side"].get<std::string>();
        item["id"] = item["base"].get<std::string>() + (side == "none" ? "" : "_" + side);
        return; // regions cite no sources
    }
    rename.id(item["id"]);
    if (item.contains("sources")) {
        rename.ids(item["sources"]);
    }
    if (file == "links.json") {
        rename.id(item["from"]);
        rename.id(item["to"]);
    } else if (file == "conditions.json") {
        rename.idsIn(item["regions"], "region");
        rename.idsIn(item["regions"], "via");
        rename.ids(item["red_flags"]);
        rename.idsIn(item["exercises"], "exercise");
    } else if (file == "exercises.json") {
        rename.ids(item["regions"]);
        rename.idsIn(item["easier"], "exercise"); // null stays null
        rename.idsIn(item["harder"], "exercise");
    } else if (file == "red_flags.json") {
        rename.ids(item["regions"]);
        for (json& escalation : item["escalations"]) {
            rename.ids(escalation["with"]);
        }
        json& presumed = item["presumed_yes"];
        for (const char* key : {"regions", "both_sides_of"}) {
            if (presumed.is_object() && presumed.contains(key)) {
                rename.ids(presumed[key]);
            }
        }
        rename.ids(item["conditions"]);
    }
}

std::string readText(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw std::runtime_error("cannot read " + path.string());
    }
    std::ostringstream buffer;
    buffer << stream.rdbuf();
    return buffer.str();
}

} // namespace

ContentTexts readContentTexts(const std::filesystem::path& directory) {
    ContentTexts texts;
    for (const auto name : contentFiles) {
        texts.emplace(std::string(name), readText(directory / name));
    }
    return texts;
}

ContentTexts makeSyntheticContent(const ContentTexts& bundled, int scale) {
    ContentTexts result;
    for (const auto& [name, text] : bundled) {
        if (name == "manifest.json") {
            result.emplace(name, text);
            continue;
        }
        const json original = json::parse(text);
        json document = original;
        json& items = document["items"];
        items = json::array();
        for (int copy = 0; copy < scale; ++copy) {
            const Renamer rename(copy);
            for (json item : original["items"]) {
                renameItem(name, item, rename);
                items.push_back(std::move(item));
            }
        }
        // Indented like the bundled files, so bytes per item stay the same.
        result.emplace(name, document.dump(2) + "\n");
    }
    return result;
}

void writeContentTexts(const ContentTexts& texts, const std::filesystem::path& directory) {
    std::filesystem::create_directories(directory);
    for (const auto& [name, text] : texts) {
        std::ofstream stream(directory / name, std::ios::binary | std::ios::trunc);
        stream << text;
        if (!stream) {
            throw std::runtime_error("cannot write " + (directory / name).string());
        }
    }
}

std::size_t totalBytes(const ContentTexts& texts) {
    std::size_t bytes = 0;
    for (const auto& [name, text] : texts) {
        bytes += text.size();
    }
    return bytes;
}

} // namespace kinetic::bench
