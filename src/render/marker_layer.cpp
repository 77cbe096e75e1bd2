#include "render/marker_layer.h"
#include "render/vertex_layout.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace render {

namespace {

struct NodeGpu {
    glm::vec2 position;  // map plane relative to the layer origin
    uint32_t kind;       // data::PlaceKind
    float yearFirstOpen;
};

constexpr int kDrawNodes = 0;
constexpr int kDrawDestinations = 1;

}  // namespace

std::unique_ptr<MarkerLayer> MarkerLayer::create(std::string* error) {
    std::string err;
    auto program = std::make_unique<Program>("marker", "marker.vert", "marker.frag", &err);
    if (!program->valid()) {
        if (error) *error = err;
        return nullptr;
    }
    std::unique_ptr<MarkerLayer> layer(new MarkerLayer());
    layer->m_program = std::move(program);
    layer->m_nodeVao = gl::makeVertexArray();
    layer->m_destVao = gl::makeVertexArray();
    layer->m_nodeBuffer = gl::makeBuffer();
    layer->m_destBuffer = gl::makeBuffer();
    layer->m_amounts = gl::makeTexture();

    glBindVertexArray(layer->m_nodeVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, layer->m_nodeBuffer.id());
    gl::setVertexLayout(sizeof(NodeGpu),
                        {{0, 2, offsetof(NodeGpu, position)},
                         {1, 1, offsetof(NodeGpu, kind), gl::AttributeType::Uint},
                         {2, 1, offsetof(NodeGpu, yearFirstOpen)}},
                        gl::Rate::PerInstance);

    glBindVertexArray(layer->m_destVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, layer->m_destBuffer.id());
    gl::setVertexLayout(sizeof(glm::vec2), {{0, 2, 0}}, gl::Rate::PerInstance);
    glBindVertexArray(0);

    glBindTexture(GL_TEXTURE_2D, layer->m_amounts.id());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    return layer;
}

void MarkerLayer::upload(const std::vector<scene::RouteNode>& nodes,
                         const std::vector<scene::DestinationMarker>& markers, double maxAmountUsd,
                         glm::dvec2 originWorld) {
    std::vector<NodeGpu> nodeData;
    nodeData.reserve(nodes.size());
    for (const auto& n : nodes) {
        nodeData.push_back({glm::vec2(n.world - originWorld), static_cast<uint32_t>(n.kind),
                            std::clamp(n.yearFirstOpen, -1e6f, 1e6f)});
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_nodeBuffer.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(nodeData.size() * sizeof(NodeGpu)),
                 nodeData.data(), GL_STATIC_DRAW);
    m_nodeCount = static_cast<GLsizei>(nodeData.size());

    GLint maxRows = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxRows);
    const size_t rows = std::min(markers.size(), static_cast<size_t>(std::max(maxRows, 0)));
    std::vector<glm::vec2> positions;
    std::vector<float> shares(rows * scene::kMarkerSamples, 0.f);
    const double scale = maxAmountUsd > 0.0 ? 1.0 / maxAmountUsd : 0.0;
    for (size_t i = 0; i < rows; ++i) {
        positions.emplace_back(markers[i].world - originWorld);
        const auto& values = markers[i].amountUsdAt;
        const size_t n = std::min(values.size(), static_cast<size_t>(scene::kMarkerSamples));
        for (size_t k = 0; k < n; ++k) {
            const double v = values[k] * scale;
            shares[i * scene::kMarkerSamples + k] =
                std::isfinite(v) ? static_cast<float>(std::clamp(v, 0.0, 1.0)) : 0.f;
        }
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_destBuffer.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(positions.size() * sizeof(glm::vec2)),
                 positions.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    m_destCount = static_cast<GLsizei>(rows);
    if (rows > 0) {
        glBindTexture(GL_TEXTURE_2D, m_amounts.id());
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, scene::kMarkerSamples, static_cast<GLsizei>(rows),
                     0, GL_RED, GL_FLOAT, shares.data());
        glBindTexture(GL_TEXTURE_2D, 0);
    }
    ++m_uploadCount;
}

int MarkerLayer::draw(const MarkerDrawParams& p) const {
    if (m_nodeCount == 0 && m_destCount == 0) return 0;
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied alpha
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    const Program& prog = *m_program;
    const float ppt = p.pixelsPerPoint;
    prog.use();
    prog.set("u_mvp", p.mvp);
    prog.set("u_viewportPx", p.viewportPx);
    prog.set("u_pixelsPerPoint", ppt);
    prog.set("u_year", p.year);
    prog.set("u_opacity", p.opacity);
    prog.set("u_amounts", 0);
    prog.set("u_sampling", glm::vec4(scene::kMarkerYear0, scene::kMarkerYearStep,
                                     static_cast<float>(scene::kMarkerSamples), 0.f));
    int calls = 0;
    if (m_destCount > 0) {
        prog.set("u_kind", kDrawDestinations);
        prog.set("u_fill", p.destFill);
        prog.set("u_stroke", p.destStroke);
        prog.set("u_sizePx", glm::vec4(p.destMaxRadiusPt * ppt, p.destMinRadiusPt * ppt,
                                       p.destStrokePt * ppt, 0.f));
        prog.set("u_highlight", p.highlightMarker);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_amounts.id());
        glBindVertexArray(m_destVao.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_destCount);
        ++calls;
    }
    if (m_nodeCount > 0) {
        prog.set("u_kind", kDrawNodes);
        prog.set("u_fill", p.nodeFill);
        prog.set("u_stroke", p.nodeStroke);
        prog.set("u_sizePx", glm::vec4(0.5f * p.nodeSizePt * ppt, 0.f, p.nodeStrokePt * ppt, 0.f));
        prog.set("u_highlight", p.highlightNode);
        glBindVertexArray(m_nodeVao.id());
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_nodeCount);
        ++calls;
    }
    glBindVertexArray(0);
    return calls;
}

}  // namespace render
