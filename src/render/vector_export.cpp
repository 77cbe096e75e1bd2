// The vector export's frame: its parts in the GL path's order, each a named group (SVG: one
// <g id=...> per part, merged from one Cairo SVG document per part; PDF: a named destination,
// an outline entry and a structure section per part), written through a temporary file.
#include "render/vector_export.h"

#include "render/export_png.h"
#include "render/vector_draw.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>

namespace render {

std::optional<VectorFormat> parseVectorFormat(const std::string& name) {
    std::string n;
    for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "pdf") return VectorFormat::Pdf;
    if (n == "svg") return VectorFormat::Svg;
    return std::nullopt;
}

glm::dvec2 pageSizePt(const scene::FrameSpec& spec) {
    const double ppp = spec.pixelsPerPoint > 0.0 ? spec.pixelsPerPoint : 1.0;
    return {spec.widthPx / ppp, spec.heightPx / ppp};
}

namespace {

using vec::Part;

struct DrawPart {
    Part part;
    std::function<void(cairo_t*)> draw;
};

const scene::Theme* themeFor(const VectorScene& scene, const std::string& name) {
    const std::string canonical = scene::canonicalThemeName(name);
    for (const auto& t : scene.themes) {
        if (t.name == canonical) return &t;
    }
    return scene.themes.empty() ? nullptr : &scene.themes.front();
}

// The frame's parts, bottom first: the base map's layers, the corridor, the flows, the discs
// and nodes, the vignette, the labels, the legend and furniture (MapRenderer::draw's order).
std::vector<DrawPart> partsOf(const VectorScene& scene, const scene::FrameSpec& spec,
                              const vec::Fonts& fonts, VectorStats* stats) {
    std::vector<DrawPart> parts;
    const scene::Theme* theme = themeFor(scene, spec.theme);
    if (scene.map) {
        for (size_t i = 0; i < scene.map->layers.size() && i < scene.map->geometry.size(); ++i) {
            if (!vec::mapLayerVisible(scene, spec, i)) continue;
            const scene::LayerDef& def = scene.map->layers[i];
            if (def.kind == scene::LayerKind::Background) {
                if (spec.transparent || !theme) continue;
                parts.push_back({{def.id, def.title}, [&spec, theme](cairo_t* cr) {
                                     vec::drawBackground(cr, spec, *theme);
                                 }});
                continue;
            }
            parts.push_back({{def.id, def.title}, [&scene, &spec, i, stats](cairo_t* cr) {
                                 vec::drawMapLayer(cr, scene, spec, i, stats);
                             }});
        }
    }
    if (scene.timeline) {
        if (spec.timeline.route)
            parts.push_back({{"corridor", "Middle Corridor"},
                             [&](cairo_t* cr) { vec::drawRoute(cr, scene, spec); }});
        if (spec.timeline.arcs)
            parts.push_back({{"flows", "Investment flows"},
                             [&](cairo_t* cr) { vec::drawArcs(cr, scene, spec); }});
        if (spec.timeline.markers) {
            parts.push_back({{"totals", "Destination totals"},
                             [&](cairo_t* cr) { vec::drawDestinations(cr, scene, spec); }});
            parts.push_back({{"nodes", "Corridor nodes"},
                             [&](cairo_t* cr) { vec::drawNodes(cr, scene, spec); }});
        }
    }
    if (theme && theme->vignette > 0.f && !spec.transparent)
        parts.push_back({{"vignette", "Vignette"},
                         [&spec, theme](cairo_t* cr) { vec::drawVignette(cr, spec, *theme); }});
    if (scene.labels && spec.labels.enabled && !scene.placement.labels.empty())
        parts.push_back(
            {{"labels", "Labels"}, [&](cairo_t* cr) { vec::drawLabels(cr, scene, spec, fonts); }});
    if (!scene.overlays.items.empty())
        parts.push_back({{"legend", "Legend, scale bar, attribution, caption"},
                         [&](cairo_t* cr) { vec::drawOverlays(cr, scene.overlays, fonts); }});
    return parts;
}

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// A context in frame pixels over a surface in points.
cairo_t* pixelContext(cairo_surface_t* surface, const scene::FrameSpec& spec) {
    cairo_t* cr = cairo_create(surface);
    const double s = 1.0 / spec.pixelsPerPoint;
    cairo_scale(cr, s, s);
    cairo_rectangle(cr, 0, 0, spec.widthPx, spec.heightPx);
    cairo_clip(cr);
    return cr;
}

bool finishSurface(cairo_surface_t* surface, cairo_t* cr, std::string* error) {
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t done = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    const cairo_status_t status = drawn != CAIRO_STATUS_SUCCESS ? drawn : done;
    if (status != CAIRO_STATUS_SUCCESS) {
        if (error) *error = std::string("cairo: ") + cairo_status_to_string(status);
        return false;
    }
    return true;
}

bool renderPdf(const std::vector<DrawPart>& parts, const scene::FrameSpec& spec, std::string* out,
               std::string* error) {
    const glm::dvec2 page = pageSizePt(spec);
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendTo, out, page.x, page.y);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Corridor");
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                   "The Middle Corridor and Chinese investment");
    cairo_t* cr = pixelContext(surface, spec);
    for (const DrawPart& p : parts) {
        // Each part: a named destination (a link target), a structure section, and an outline
        // entry pointing at it, so viewers list the layers by name. (Cairo 1.16 has no optional
        // content groups: the layers cannot be switched off in a viewer.)
        const std::string dest = "name='" + p.part.id + "' x=0 y=0";
        cairo_tag_begin(cr, CAIRO_TAG_DEST, dest.c_str());
        cairo_tag_end(cr, CAIRO_TAG_DEST);
        cairo_tag_begin(cr, "Sect", nullptr);
        cairo_save(cr);
        p.draw(cr);
        cairo_restore(cr);
        cairo_tag_end(cr, "Sect");
        const std::string link = "dest='" + p.part.id + "'";
        cairo_pdf_surface_add_outline(
            surface, CAIRO_PDF_OUTLINE_ROOT,
            (p.part.id + (p.part.title.empty() ? "" : " - " + p.part.title)).c_str(), link.c_str(),
            static_cast<cairo_pdf_outline_flags_t>(0));
    }
    return finishSurface(surface, cr, error);
}

std::string xmlEscape(const std::string& s) {
    std::string o;
    for (char c : s) {
        switch (c) {
            case '&':
                o += "&amp;";
                break;
            case '<':
                o += "&lt;";
                break;
            case '>':
                o += "&gt;";
                break;
            case '"':
                o += "&quot;";
                break;
            default:
                o += c;
        }
    }
    return o;
}

// An XML id from a layer id: letters, digits, '-', '_' and '.', starting with a letter or '_'.
std::string xmlId(const std::string& s) {
    std::string o;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        o += std::isalnum(u) || c == '-' || c == '_' || c == '.' ? c : '_';
    }
    if (o.empty() || !(std::isalpha(static_cast<unsigned char>(o[0])) || o[0] == '_')) o = "_" + o;
    return o;
}

void replaceAll(std::string& s, const std::string& from, const std::string& to) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

// Cairo's SVG surface names no groups of its own, so each part is drawn into its own document
// and the documents are merged: their ids prefixed (glyphs, clips and patterns stay apart),
// their definitions gathered, and each body wrapped in <g id="part"> (an Inkscape layer too).
bool renderSvg(const std::vector<DrawPart>& parts, const scene::FrameSpec& spec, std::string* out,
               std::string* error) {
    const glm::dvec2 page = pageSizePt(spec);
    std::string header, defs, body;
    for (size_t k = 0; k < parts.size(); ++k) {
        std::string doc;
        cairo_surface_t* surface =
            cairo_svg_surface_create_for_stream(appendTo, &doc, page.x, page.y);
        cairo_t* cr = pixelContext(surface, spec);
        parts[k].draw(cr);
        if (!finishSurface(surface, cr, error)) return false;
        const std::string prefix = "p" + std::to_string(k) + "-";
        replaceAll(doc, "id=\"", "id=\"" + prefix);
        replaceAll(doc, "href=\"#", "href=\"#" + prefix);
        replaceAll(doc, "url(#", "url(#" + prefix);
        const size_t svgOpen = doc.find("<svg");
        const size_t svgEnd = svgOpen == std::string::npos ? svgOpen : doc.find('>', svgOpen);
        const size_t close = doc.rfind("</svg>");
        if (svgEnd == std::string::npos || close == std::string::npos || close < svgEnd) {
            if (error) *error = "cairo wrote an SVG without an <svg> element";
            return false;
        }
        if (k == 0) {
            header = doc.substr(0, svgEnd);
            if (header.find("xmlns:inkscape") == std::string::npos)
                header += " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"";
            header += ">\n";
        }
        size_t from = svgEnd + 1;
        const size_t defsOpen = doc.find("<defs>", from);
        if (defsOpen != std::string::npos && defsOpen < close) {
            const size_t defsClose = doc.find("</defs>", defsOpen);
            if (defsClose != std::string::npos) {
                defs += doc.substr(defsOpen + 6, defsClose - defsOpen - 6);
                from = defsClose + 7;
            }
        }
        const Part& p = parts[k].part;
        body += "<g id=\"" + xmlId(p.id) + "\" inkscape:groupmode=\"layer\" inkscape:label=\"" +
                xmlEscape(p.title.empty() ? p.id : p.title) + "\">";
        body += doc.substr(from, close - from);
        body += "</g>\n";
    }
    if (parts.empty()) {
        char size[128];
        std::snprintf(size, sizeof size, "width=\"%gpt\" height=\"%gpt\" viewBox=\"0 0 %g %g\"",
                      page.x, page.y, page.x, page.y);
        header = std::string(
                     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "
                     "xmlns=\"http://www.w3.org/2000/svg\" ") +
                 size + ">\n";
    }
    *out = header + "<defs>" + defs + "</defs>\n" + body + "</svg>\n";
    return true;
}

}  // namespace

bool renderVector(const VectorScene& scene, const scene::FrameSpec& spec, VectorFormat format,
                  std::string* out, std::string* error, VectorStats* stats) {
    if (spec.widthPx <= 0 || spec.heightPx <= 0 || !(spec.pixelsPerPoint > 0.0)) {
        if (error) *error = "the frame has no size";
        return false;
    }
    const vec::Fonts fonts(scene.labelFonts, scene.overlays.regularFont, scene.overlays.boldFont);
    VectorStats local;
    VectorStats* s = stats ? stats : &local;
    *s = {};
    const std::vector<DrawPart> parts = partsOf(scene, spec, fonts, s);
    out->clear();
    const bool ok = format == VectorFormat::Pdf ? renderPdf(parts, spec, out, error)
                                                : renderSvg(parts, spec, out, error);
    s->groups = static_cast<int>(parts.size());
    s->bytes = out->size();
    return ok;
}

bool exportVector(const VectorScene& scene, const scene::FrameSpec& spec, VectorFormat format,
                  const std::string& path, std::string* error, VectorStats* stats) {
    std::string target, err;
    if (!checkOutputPath(path, &target, &err)) {
        if (error) *error = err;
        return false;
    }
    std::string bytes;
    if (!renderVector(scene, spec, format, &bytes, &err, stats)) {
        if (error) *error = path + ": " + err;
        return false;
    }
    // Whole or not at all: a temporary name beside the target, renamed when written.
    const std::string tmp = target + ".tmp-" + std::to_string(::getpid());
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    bool ok = f != nullptr;
    if (ok) ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (ok) ok = std::fflush(f) == 0 && ::fsync(::fileno(f)) == 0;
    const int savedErrno = errno;
    if (f && std::fclose(f) != 0) ok = false;
    if (ok && std::rename(tmp.c_str(), target.c_str()) != 0) ok = false;
    if (!ok) {
        if (error) *error = path + ": cannot write: " + std::strerror(errno ? errno : savedErrno);
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace render
