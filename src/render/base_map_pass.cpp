// BaseMapPass (base_map_pass.h): the base map's layers uploaded once and drawn for one view.
#include "render/base_map_pass.h"

#include "render/line_runs.h"
#include "render/stage_trace.h"
#include "scene/style.h"

#include <algorithm>
#include <atomic>
#include <iterator>
#include <optional>
#include <system_error>
#include <thread>

namespace render {

namespace {

glm::vec4 premultiplied(const scene::Rgba& c, float opacity) {
    const float a = c.a * opacity;
    return {c.r * a, c.g * a, c.b * a, a};
}

}  // namespace

std::unique_ptr<BaseMapPass> BaseMapPass::create(std::string* error) {
    std::unique_ptr<BaseMapPass> r(new BaseMapPass());
    std::string err;
    auto make = [&](const char* name, const char* vs, const char* fs) {
        auto p = std::make_unique<Program>(name, vs, fs, &err);
        return p->valid() ? std::move(p) : nullptr;
    };
    r->m_polygonProgram = make("polygon", "polygon.vert", "polygon.frag");
    if (r->m_polygonProgram)
        r->m_edgeProgram = make("polygon_edge", "polygon_edge.vert", "polygon_edge.frag");
    if (r->m_edgeProgram) r->m_lineProgram = make("line", "line.vert", "line.frag");
    if (r->m_lineProgram) r->m_pointProgram = make("point", "point.vert", "point.frag");
    if (!r->m_pointProgram) {
        if (error) *error = err;
        return nullptr;
    }
    r->m_emptyVao = gl::makeVertexArray();
    return r;
}

namespace {

std::vector<float> widthFactors(const scene::LayerGeometry& g) {
    std::vector<float> widths;
    widths.reserve(g.features.size());
    for (const auto& f : g.features) widths.push_back(f.widthFactor);
    return widths;
}

}  // namespace

BaseMapPass::Vertices BaseMapPass::prepare(const scene::MapData& map) {
    Vertices v;
    v.layers.resize(map.geometry.size());
    const glm::dvec2 origin = map.originWorld;
    // Task 2i: layer i's fills, 2i + 1: its lines; each writes its own part of v. Taken in turn
    // by this thread and one more: render runs this while its GL thread waits for the map.
    auto task = [&](size_t t) {
        const scene::LayerGeometry& g = map.geometry[t / 2];
        Vertices::Layer& out = v.layers[t / 2];
        if (t % 2 == 0 && !g.fill.indices.empty()) {
            out.fill = fillVertices(g.fill, g.vertexFeature, origin, g.fillEdges);
            for (const auto& band : g.fillBands)
                out.fillBands.push_back(
                    band.mesh.indices.empty()
                        ? FillVertices{}
                        : fillVertices(band.mesh, band.vertexFeature, origin, band.edges));
        }
        if (t % 2 == 1 && !g.lines.empty()) {
            const std::vector<float> widths = widthFactors(g);
            out.lines = lineSegments(g.lines, g.lineFeature, widths, origin);
            for (const auto& band : g.lineBands)
                out.lineBands.push_back(lineSegments(band, g.lineFeature, widths, origin));
        }
    };
    std::atomic<size_t> next{0};
    const size_t tasks = 2 * map.geometry.size();
    auto work = [&] {
        for (size_t t = next++; t < tasks; t = next++) task(t);
    };
    std::thread helper;
    try {
        if (std::thread::hardware_concurrency() > 1) helper = std::thread(work);
    } catch (const std::system_error&) {
        // no second thread to be had: this one does it all
    }
    work();
    if (helper.joinable()) helper.join();
    return v;
}

void BaseMapPass::setMap(const scene::MapData& map, const std::vector<scene::Theme>& themes,
                         Vertices* vertices, bool linesOnFirstDraw) {
    Vertices own;
    if (!vertices || vertices->layers.size() != map.geometry.size()) {
        own = prepare(map);
        vertices = &own;
    }
    m_layers = map.layers;
    m_themes = themes;
    m_originWorld = map.originWorld;
    m_gpu.clear();
    m_featureKeys.clear();
    m_fillArea.assign(map.layers.size(), 0.0);
    m_opaqueFill.assign(map.layers.size(), 0);
    for (size_t i = 0; i < map.layers.size(); ++i) {
        const scene::LayerGeometry& g = map.geometry[i];
        Vertices::Layer& v = vertices->layers[i];
        auto gpu = std::make_unique<GpuLayer>();
        if (!g.fill.indices.empty()) {
            m_fillArea[i] = g.fill.area();
            gpu->fill.upload(g.fill, g.vertexFeature, v.fill);
            for (size_t b = 0; b < g.fillBands.size(); ++b) {
                gpu->fillBands.emplace_back();
                const scene::FillBand& band = g.fillBands[b];
                if (!band.mesh.indices.empty())
                    gpu->fillBands.back().upload(band.mesh, band.vertexFeature, v.fillBands[b]);
            }
        }
        if (!g.lines.empty()) {
            auto place = [linesOnFirstDraw](LineLayer& layer, std::vector<LineSegment>& segs) {
                if (linesOnFirstDraw)
                    layer.uploadOnFirstDraw(std::move(segs));
                else
                    layer.upload(segs);
            };
            place(gpu->lines, v.lines);
            for (auto& band : v.lineBands) {
                gpu->lineBands.emplace_back();
                place(gpu->lineBands.back(), band);
            }
        }
        if (!g.points.empty()) gpu->points.upload(g.points, g.pointFeature, m_originWorld);
        m_gpu.push_back(std::move(gpu));
        scene::LayerGeometry keys;
        keys.features = g.features;
        m_featureKeys.push_back(std::move(keys));
    }
    m_appliedTheme.clear();
    ++m_generation;  // the cached base map is stale
}

const LineLayer& BaseMapPass::GpuLayer::linesFor(double metresPerPx) const {
    const LineLayer* best = &lines;
    for (size_t i = 0; i < lineBands.size() && i < std::size(scene::kLineBandToleranceM); ++i) {
        if (scene::kLineBandToleranceM[i] <= 0.5 * metresPerPx) best = &lineBands[i];
    }
    return *best;
}

const PolygonLayer& BaseMapPass::GpuLayer::fillFor(double metresPerPx) const {
    const PolygonLayer* best = &fill;
    for (size_t i = 0; i < fillBands.size() && i < std::size(scene::kFillBandToleranceM); ++i) {
        // An empty band (everything simplified away) keeps the finer one.
        if (scene::kFillBandToleranceM[i] <= 0.5 * metresPerPx && !fillBands[i].empty())
            best = &fillBands[i];
    }
    return *best;
}

const scene::Theme* BaseMapPass::themeFor(const std::string& name) const {
    for (const auto& t : m_themes) {
        if (t.name == scene::canonicalThemeName(name)) return &t;
    }
    return m_themes.empty() ? nullptr : &m_themes.front();
}

void BaseMapPass::applyTheme(const std::string& theme) {
    if (theme == m_appliedTheme) return;
    for (size_t i = 0; i < m_layers.size(); ++i) {
        const auto& def = m_layers[i];
        if (def.kind != scene::LayerKind::Polygon && def.kind != scene::LayerKind::Point) continue;
        const auto colors = scene::featureFills(def, m_featureKeys[i], theme);
        if (def.kind == scene::LayerKind::Polygon) {
            m_opaqueFill[i] = std::all_of(colors.begin(), colors.end(),
                                          [](const scene::Rgba& c) { return c.a >= 1.f; });
            m_gpu[i]->fill.setColors(colors);
            for (auto& band : m_gpu[i]->fillBands) band.setColors(colors);
        }
        if (def.kind == scene::LayerKind::Point) m_gpu[i]->points.setColors(colors);
    }
    m_appliedTheme = theme;
}

const Program* BaseMapPass::composite(const char* vert, const std::string& defines) {
    std::unique_ptr<Program>& p = m_composites[std::string(vert) + "\n" + defines];
    if (!p) {
        std::string err;  // the embedded source compiles: create() checked the line shader
        p = std::make_unique<Program>("composite", vert, "composite.frag", &err, defines);
    }
    return p->valid() ? p.get() : nullptr;
}

bool BaseMapPass::paintsEveryPixel(const scene::FrameSpec& spec) const {
    const scene::Theme* theme = themeFor(spec.theme);
    if (spec.transparent || !theme || theme->water.a < 1.f || theme->waterEdge.a < 1.f)
        return false;
    const double zoom = spec.camera.zoom(spec.pixelsPerPoint);
    for (size_t i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].kind != scene::LayerKind::Background) continue;
        const bool on = i < spec.layerOn.size() ? spec.layerOn[i] : m_layers[i].visible;
        if (scene::layerVisibleAt(m_layers[i], on, zoom)) return true;
    }
    return false;
}

size_t BaseMapPass::occluderFor(const scene::FrameSpec& spec,
                                const std::vector<char>& visible) const {
    // Only in a prefix of the layers the flags survive: the background and lines before it (the
    // sea's run, drawn as one full-frame pass) and fills with no outline of their own (an
    // outline run is painted through its quads, which clear the stencil). Of the opaque fills
    // there, the last about as large as the largest: land under countries gives countries.
    size_t best = SIZE_MAX;
    double largest = 0.0;
    std::vector<size_t> fills;
    bool sea = false;
    for (size_t i = 0; i < m_layers.size(); ++i) {
        if (!visible[i]) continue;
        const scene::LayerDef& def = m_layers[i];
        if (def.kind == scene::LayerKind::Background) {
            if (!fills.empty()) break;
            sea = !spec.transparent && themeFor(spec.theme);
            continue;
        }
        if (def.kind == scene::LayerKind::Line && fills.empty()) continue;
        if (def.kind != scene::LayerKind::Polygon) break;
        fills.push_back(i);
        largest = std::max(largest, m_fillArea[i]);
        const scene::LayerStyle& style = def.style(spec.theme);
        if (style.stroke && style.strokeWidthPt > 0.f &&
            !m_gpu[i]->linesFor(spec.camera.metresPerPx).empty())
            break;  // its outline ends the prefix (it may still be the occluder)
    }
    if (!sea) return SIZE_MAX;
    for (size_t i : fills) {
        if (m_opaqueFill[i] && m_fillArea[i] >= 0.9 * largest && largest > 0.0 &&
            !m_gpu[i]->fillFor(spec.camera.metresPerPx).empty())
            best = i;
    }
    return best;
}

void BaseMapPass::draw(const scene::FrameSpec& spec, const RenderTarget& target,
                       FrameStats& stats) {
    StageTrace trace("base");  // CORRIDOR_TRACE=1: each pass's time, GL work included
    applyTheme(scene::canonicalThemeName(spec.theme));
    const glm::dvec2 viewport(spec.widthPx, spec.heightPx);
    const glm::mat4 mvp = spec.camera.clipFromLocal(m_originWorld, viewport);
    const double zoom = spec.camera.zoom(spec.pixelsPerPoint);
    const scene::Theme* theme = themeFor(spec.theme);

    glViewport(0, 0, spec.widthPx, spec.heightPx);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    // Polygon fills are drawn single-sample with an antialiased rim (PolygonLayer::drawEdges):
    // each layer's outline pixels first, each written once (stencil value `rimRef`), then the
    // fill on every other pixel. That is an exact box-filtered edge where 4x MSAA gave five
    // levels, at a fraction of the fill cost on a software renderer. A multisampled target (the
    // tests' reference) draws the fills multisampled instead, resolved after the last fill.
    // Lines (through their coverage buffers) and point markers antialias themselves.
    const bool rims = target.samples() == 0;
    int rimRef = 0;
    glBindFramebuffer(GL_FRAMEBUFFER, target.drawFramebuffer());
    glClearColor(0.f, 0.f, 0.f, 0.f);
    glStencilMask(0xff);
    glClearStencil(0);
    glClear(GL_COLOR_BUFFER_BIT | (rims ? GL_STENCIL_BUFFER_BIT : 0));
    gl::blendPremultiplied();
    std::vector<char> visible(m_layers.size(), 0);
    for (size_t i = 0; i < m_layers.size(); ++i) {
        const bool on = i < spec.layerOn.size() ? spec.layerOn[i] : m_layers[i].visible;
        visible[i] = scene::layerVisibleAt(m_layers[i], on, zoom);
    }
    // Front to back for the largest opaque fill (the occluder: countries over land): its inside
    // pixels (not its rim) are painted first and flagged kFinal in the stencil, and the sea pass
    // and the fills under it skip them, since nothing they paint there would show. On a software
    // renderer that spares the sea's gradient and glows under the land and most of the land
    // fill: about 70 ms of a 4K frame. Its rim is drawn in its turn, over what lies under it, so
    // every pixel ends as the back-to-front order leaves it.
    // What the frame shows, in the map's origin-relative metres: geometry wholly outside it is
    // not drawn (draw_ranges.h). The fills' and rims' box is grown by two pixels.
    const glm::dvec2 cornerA = spec.camera.worldAt({0.0, 0.0}, viewport) - m_originWorld;
    const glm::dvec2 cornerB = spec.camera.worldAt(viewport, viewport) - m_originWorld;
    const ViewBox frameView{glm::vec2(glm::min(cornerA, cornerB)),
                            glm::vec2(glm::max(cornerA, cornerB))};
    const auto margin = glm::vec2(static_cast<float>(2.0 * spec.camera.metresPerPx));
    const ViewBox fillView{frameView.lo - margin, frameView.hi + margin};
    constexpr int kFinal = 0x80;
    const size_t occluder = rims && m_frontToBack ? occluderFor(spec, visible) : SIZE_MAX;
    if (occluder != SIZE_MAX) stats.occluderLayer = static_cast<int>(occluder);
    bool occluderDrawn = occluder == SIZE_MAX;
    if (occluder != SIZE_MAX) {
        const PolygonLayer& fill = m_gpu[occluder]->fillFor(spec.camera.metresPerPx);
        glEnable(GL_STENCIL_TEST);
        glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
        glStencilFunc(GL_ALWAYS, 1, 0xff);  // its rim: 1
        glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
        fill.drawEdges(*m_edgeProgram, mvp, glm::vec2(viewport), &fillView);
        glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
        glStencilFunc(GL_EQUAL, kFinal, 0x7f);  // where still 0, painted and set to kFinal
        fill.draw(*m_polygonProgram, mvp, &fillView);
        glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
        glDisable(GL_STENCIL_TEST);
        stats.drawCalls += 2;
        rimRef = 1;
    }
    auto drawFill = [&](size_t layer, const PolygonLayer& fill) {
        if (!rims) {
            fill.draw(*m_polygonProgram, mvp, &fillView);
            ++stats.drawCalls;
            return;
        }
        // While flags are set the rim values stay under kFinal.
        if (++rimRef > (occluderDrawn ? 0xff : kFinal - 1)) {
            glClear(GL_STENCIL_BUFFER_BIT);  // values used up: start again from a clear stencil
            rimRef = 1;
        }
        glEnable(GL_STENCIL_TEST);
        // Under the occluder, GREATER: not this layer's rim (== rimRef) and not flagged (every
        // other value is an earlier rim's, smaller). Elsewhere any pixel but this layer's rim.
        const GLenum test = occluderDrawn ? GL_NOTEQUAL : GL_GREATER;
        glStencilFunc(test, rimRef, 0xff);
        glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
        fill.drawEdges(*m_edgeProgram, mvp, glm::vec2(viewport), &fillView);
        glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
        if (layer == occluder) {
            occluderDrawn = true;  // its inside was painted first
        } else {
            fill.draw(*m_polygonProgram, mvp, &fillView);
            ++stats.drawCalls;
        }
        glDisable(GL_STENCIL_TEST);
        ++stats.drawCalls;
    };
    auto isVisible = [&](size_t i) { return visible[i] != 0; };
    size_t lastFill = SIZE_MAX;
    for (size_t i = 0; i < m_layers.size(); ++i) {
        if (m_layers[i].kind == scene::LayerKind::Polygon && isVisible(i) &&
            !m_gpu[i]->fillFor(spec.camera.metresPerPx).empty())
            lastFill = i;
    }
    GLuint destination = target.drawFramebuffer();
    // Consecutive line layers are drawn as one run (render/line_runs.h): their coverage, then
    // one full-frame pass that paints them all, starting from the sea when the run follows the
    // background (the sea is drawn by that pass, not on its own).
    std::vector<LineRunItem> run;
    std::optional<Sea> sea;
    auto composite = [this](const char* vert, const std::string& defines) {
        return this->composite(vert, defines);
    };
    auto flush = [&] {
        if (run.empty() && !sea) return;
        LineRunPass pass{m_lineProgram.get(), composite, m_emptyVao.id(), &target,
                         destination,         &frameView};
        // The sea's pass skips what the occluder has painted (its one full-frame triangle
        // obeys the stencil; the coverage buffers it fills first have none).
        const bool skipFlagged = sea && !occluderDrawn;
        if (skipFlagged) {
            glEnable(GL_STENCIL_TEST);
            glStencilFunc(GL_GREATER, kFinal, 0xff);
            glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
        }
        stats.drawCalls += drawLineRun(run, sea ? &*sea : nullptr, spec, mvp, pass);
        if (skipFlagged) glDisable(GL_STENCIL_TEST);
        if (trace.on()) {
            std::string names = sea ? "sea," : "lines:";
            for (const LineRunItem& item : run)
                names += " " + *item.id + "/" + std::to_string(item.divisor);
            trace.mark(names, true);
        }
        run.clear();
        sea.reset();
    };
    // A line's band is chosen for the pixels of the buffer its coverage goes into: a glow drawn
    // at a quarter of the frame's size takes the band under half of that buffer's pixel.
    auto queue = [&](const scene::LayerStyle& style, const GpuLayer& gpu, const std::string& id) {
        const int divisor = coverageDivisor(style, spec.pixelsPerPoint);
        const LineLayer& lines = gpu.linesFor(spec.camera.metresPerPx * divisor);
        if (lines.empty() || !style.stroke || style.strokeWidthPt <= 0.f) return;
        LineRunItem item{&style, &lines, divisor, &id};
        run.push_back(item);
        if (assignCoverage(run).size() == run.size()) return;
        run.pop_back();  // no buffer left for it: paint the run so far first
        flush();
        run.push_back(item);
    };
    bool resolved = false;
    auto resolveNow = [&] {
        flush();
        target.resolve();
        destination = target.resolvedFramebuffer();
        glBindFramebuffer(GL_FRAMEBUFFER, destination);
        glViewport(0, 0, spec.widthPx, spec.heightPx);
        resolved = true;
    };

    for (size_t i = 0; i < m_layers.size(); ++i) {
        const auto& def = m_layers[i];
        if (!isVisible(i)) continue;
        if (!resolved && def.kind != scene::LayerKind::Background &&
            (lastFill == SIZE_MAX || i > lastFill))
            resolveNow();
        const scene::LayerStyle& style = def.style(spec.theme);
        const GpuLayer& gpu = *m_gpu[i];
        switch (def.kind) {
            case scene::LayerKind::Background:
                flush();
                // Drawn with the line layers that follow it (the shore glows), in their pass.
                if (!spec.transparent && theme)
                    sea =
                        Sea{premultiplied(theme->water, 1.f), premultiplied(theme->waterEdge, 1.f)};
                break;
            case scene::LayerKind::Polygon:
                flush();
                drawFill(i, gpu.fillFor(spec.camera.metresPerPx));
                if (i == lastFill) resolveNow();
                queue(style, gpu, def.id);
                break;
            case scene::LayerKind::Line:
                queue(style, gpu, def.id);
                break;
            case scene::LayerKind::Point: {
                flush();
                PointDrawParams p;
                p.mvp = mvp;
                p.viewportPx = {static_cast<float>(spec.widthPx),
                                static_cast<float>(spec.heightPx)};
                const float ppt = static_cast<float>(spec.pixelsPerPoint);
                p.radiusPx = 0.5f * style.markerSizePt * ppt;
                p.strokePx = style.stroke ? style.strokeWidthPt * ppt : 0.f;
                p.stroke = style.stroke
                               ? glm::vec4(style.stroke->r, style.stroke->g, style.stroke->b,
                                           style.stroke->a * style.opacity)
                               : glm::vec4(0.f);
                gpu.points.draw(*m_pointProgram, p);
                ++stats.drawCalls;
                break;
            }
        }
        ++stats.layersDrawn;
        if (def.kind == scene::LayerKind::Polygon || def.kind == scene::LayerKind::Point)
            trace.mark(def.id, true);
    }
    flush();
    if (!resolved) resolveNow();
    trace.mark("resolve", true);
}

}  // namespace render
