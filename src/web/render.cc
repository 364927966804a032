// The only C++ in the tree: a shim that keeps ctemplate's exceptions and
// classes on this side of the C boundary.
#include "web/render.h"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <dirent.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <cstdint>
#include <cstring>
#include <new>
#include <string>

using ctemplate::TemplateDictionary;
using ctemplate::TemplateString;

// tpl_dict is an opaque name for ctemplate's dictionary: children belong to
// their parent in ctemplate, so only the root is ever freed.
static TemplateDictionary *impl(tpl_dict *d) { return reinterpret_cast<TemplateDictionary *>(d); }
static tpl_dict *handle(TemplateDictionary *d) { return reinterpret_cast<tpl_dict *>(d); }


// Variable and section names, each hashed and entered in ctemplate's
// global id-to-name map once per process instead of on every SetValue
// (a mutex, a hash and a map lookup each time: a sixth of a 50-row
// list's work). Only string literals are kept (ctemplate's own test: the
// program's text and read-only data lie between _start and data_start),
// keyed by the pointer and checked by content; a name built in a buffer,
// and every name once the table is full, goes the ordinary way. The
// copies live as long as the process: ctemplate's global map points at
// them.
namespace {
struct name_entry {
    const char *key;                       // the caller's pointer
    ctemplate::StaticTemplateString name;  // our copy, with its id
};
const size_t NAME_SLOTS = 2048;
name_entry names[NAME_SLOTS];

TemplateString name_of(const char *key)
{
    if (!(key >= _start && key < data_start)) return TemplateString(key);
    size_t h = (reinterpret_cast<uintptr_t>(key) >> 3) % NAME_SLOTS;
    for (size_t probe = 0; probe < 8; probe++, h = (h + 1) % NAME_SLOTS) {
        name_entry &e = names[h];
        if (e.key == key && std::strcmp(e.name.do_not_use_directly_.ptr_, key) == 0) return TemplateString(e.name);
        if (e.key) continue;
        size_t len = std::strlen(key);
        char *copy = static_cast<char *>(std::malloc(len + 1));
        if (!copy) break;
        std::memcpy(copy, key, len + 1);
        e.name.do_not_use_directly_.ptr_ = copy;
        e.name.do_not_use_directly_.length_ = len;
        e.name.do_not_use_directly_.id_ = 0;
        ctemplate::StaticTemplateStringInitializer computes_id(&e.name);
        e.key = key;
        return TemplateString(e.name);
    }
    return TemplateString(key);
}
}  // namespace

// Pages drop blank lines; mail messages keep every line, since blank lines
// are the paragraphs of a plain-text mail. (A page included into the layout
// must be loaded the layout's way: the mail area's pages are not messages.)
static ctemplate::Strip strip_for(const std::string &name)
{
    static const std::string messages = "mail/messages/";
    return name.compare(0, messages.size(), messages) == 0 ? ctemplate::DO_NOT_STRIP : ctemplate::STRIP_BLANK_LINES;
}

static int load_tree(const std::string &dir, const std::string &prefix)
{
    DIR *d = opendir(dir.c_str());
    if (!d) return -1;
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != nullptr && rc == 0) {
        std::string name = e->d_name;
        if (name[0] == '.') continue;
        std::string full = dir + "/" + name;
        struct stat st;
        if (stat(full.c_str(), &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            rc = load_tree(full, prefix + name + "/");
        } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tpl") == 0) {
            if (!ctemplate::mutable_default_template_cache()->LoadTemplate(prefix + name, strip_for(prefix + name))) {
                std::fprintf(stderr, "render: cannot load template %s\n", full.c_str());
                rc = -1;
            }
        }
    }
    closedir(d);
    return rc;
}

extern "C" int tpl_load_all(const char *dir)
{
    try {
        ctemplate::TemplateCache *cache = ctemplate::mutable_default_template_cache();
        cache->SetTemplateRootDirectory(dir);
        if (load_tree(dir, "") != 0) return -1;
        cache->Freeze();
        return 0;
    } catch (...) {
        return -1;
    }
}

extern "C" void tpl_shutdown(void)
{
    try {
        ctemplate::mutable_default_template_cache()->ClearCache();
    } catch (...) {
    }
}

extern "C" tpl_dict *tpl_dict_new(void)
{
    try {
        return handle(new TemplateDictionary("page"));
    } catch (...) {
        return nullptr;
    }
}

extern "C" void tpl_dict_free(tpl_dict *dict)
{
    delete impl(dict);
}

extern "C" tpl_dict *tpl_dict_copy(const tpl_dict *dict)
{
    try {
        // MakeCopy is not const in ctemplate, though it does not modify.
        TemplateDictionary *source = const_cast<TemplateDictionary *>(reinterpret_cast<const TemplateDictionary *>(dict));
        return handle(source->MakeCopy("copy"));
    } catch (...) {
        return nullptr;
    }
}

extern "C" void tpl_set(tpl_dict *dict, const char *key, const char *value)
{
    try {
        impl(dict)->SetValue(name_of(key), value ? value : "");
    } catch (...) {
    }
}

extern "C" void tpl_set_lasting(tpl_dict *dict, const char *key, const char *value)
{
    try {
        impl(dict)->SetValueWithoutCopy(name_of(key), value ? value : "");
    } catch (...) {
    }
}

extern "C" void tpl_set_int(tpl_dict *dict, const char *key, long long value)
{
    // ctemplate's SetIntValue formats with snprintf: ten times the work.
    char text[24];
    char *p = text + sizeof text;
    unsigned long long magnitude = value < 0 ? 0ULL - static_cast<unsigned long long>(value)
                                             : static_cast<unsigned long long>(value);
    do {
        *--p = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    if (value < 0) *--p = '-';
    try {
        impl(dict)->SetValue(name_of(key), TemplateString(p, static_cast<size_t>(text + sizeof text - p)));
    } catch (...) {
    }
}

extern "C" void tpl_show(tpl_dict *dict, const char *section)
{
    try {
        impl(dict)->ShowSection(name_of(section));
    } catch (...) {
    }
}

extern "C" void tpl_set_shown(tpl_dict *dict, const char *section, const char *key, const char *value)
{
    if (!value || !*value) return;
    try {
        impl(dict)->SetValue(name_of(key), value);
        impl(dict)->ShowSection(name_of(section));
    } catch (...) {
    }
}

extern "C" tpl_dict *tpl_add_section(tpl_dict *dict, const char *section)
{
    try {
        return handle(impl(dict)->AddSectionDictionary(name_of(section)));
    } catch (...) {
        return nullptr;
    }
}

extern "C" tpl_dict *tpl_include(tpl_dict *dict, const char *name, const char *filename)
{
    try {
        TemplateDictionary *child = impl(dict)->AddIncludeDictionary(name_of(name));
        child->SetFilename(filename);
        return handle(child);
    } catch (...) {
        return nullptr;
    }
}

extern "C" int tpl_render_kept(const char *filename, const tpl_dict *dict, char **out, size_t *out_len)
{
    // One string for every page this process renders: cleared, never
    // shrunk, so a page is expanded into room it already has. Growing a
    // fresh string from empty reallocated and copied it about ten times
    // per page, and handing it over meant one more copy.
    static std::string kept;
    *out = nullptr;
    try {
        kept.clear();
        const TemplateDictionary *d = reinterpret_cast<const TemplateDictionary *>(dict);
        if (!ctemplate::ExpandTemplate(filename, strip_for(filename), d, &kept)) {
            std::fprintf(stderr, "render: cannot expand %s\n", filename);
            return -1;
        }
        *out = &kept[0];
        *out_len = kept.size();
        return 0;
    } catch (...) {
        return -1;
    }
}

extern "C" int tpl_render(const char *filename, const tpl_dict *dict, char **out, size_t *out_len)
{
    *out = nullptr;
    try {
        std::string text;
        const TemplateDictionary *d = reinterpret_cast<const TemplateDictionary *>(dict);
        if (!ctemplate::ExpandTemplate(filename, strip_for(filename), d, &text)) {
            std::fprintf(stderr, "render: cannot expand %s\n", filename);
            return -1;
        }
        char *buf = static_cast<char *>(std::malloc(text.size() + 1));
        if (!buf) return -1;
        std::memcpy(buf, text.data(), text.size());
        buf[text.size()] = '\0';
        *out = buf;
        if (out_len) *out_len = text.size();
        return 0;
    } catch (...) {
        return -1;
    }
}
